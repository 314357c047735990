// SPDX-License-Identifier: Apache-2.0
// Kconfig options Unikraft renamed between releases: the old name is gone from the release
// (and from every later tree the index has), the new one defined in its place, by the
// commit cited. Found by comparing the bundled index's trees release by release, then
// checked in unikraft/unikraft's history (the commit removes `config OLD` and adds
// `config NEW` in the same change). A Kraftfile that sets the old name for a release from
// `since` on sets nothing: Kconfig drops a symbol it does not know from .config.
import { ghCommit, type Sources } from './source';

export interface KconfigRename {
	readonly from: string;
	readonly to: string;
	/** The first release with the new name only (`0.17.0`). */
	readonly since: string;
	readonly sources: Sources;
}

const ukrandom = ghCommit('unikraft/unikraft', 'ffedca4aafb81b732c4092209416ff26d6c955f3', 'lib/ukrandom: Rename ukswrand to ukrandom');
const earlyConsole = ghCommit('unikraft/unikraft', '741b93910a83b5c3cd7b35751be801e27ebc2b1f', 'drivers/uktty/ns16550: Fix config option of early console');
const rtc = ghCommit('unikraft/unikraft', 'd14d0f105c3b698b09c6cf91cc499a6578a4f954', 'plat/drivers: Migrate rtc into drivers/ukrtc');
const xen = ghCommit('unikraft/unikraft', 'fc29d345019210f502dde4b4cbf6fb546ed3e5b5', 'drivers/xen: Move xen related drivers to a new place');
const ns16550 = ghCommit('unikraft/unikraft', '25b9aec3b5a5245ec0dbcf769d84e5fa8b071366', 'plat/drivers: Migrate ns16550 into drivers/uktty');
const pl011 = ghCommit('unikraft/unikraft', '78728fd2801795cbc8f19c7f825fab135f428d11', 'plat/drivers: Migrate pl011 to drivers/uktty');

export const KCONFIG_RENAMES: readonly KconfigRename[] = [
	{ from: 'LIBUKSWRAND', to: 'LIBUKRANDOM', since: '0.17.0', sources: [ukrandom] },
	{ from: 'LIBUKSWRAND_DEVFS', to: 'LIBUKRANDOM_DEVFS', since: '0.17.0', sources: [ukrandom] },
	{ from: 'LIBUKTTY_EARLY_PRINT_NS16550_CONSOLE_BASE', to: 'LIBUKTTY_NS16550_EARLY_CONSOLE_BASE', since: '0.17.0', sources: [earlyConsole] },
	{ from: 'RTC_PL031', to: 'LIBUKRTC_PL031', since: '0.17.0', sources: [rtc] },
	{ from: 'XEN_NETFRONT', to: 'LIBXEN_NETFRONT', since: '0.16.2', sources: [xen] },
	{ from: 'XEN_BLKFRONT', to: 'LIBXEN_BLKFRONT', since: '0.16.2', sources: [xen] },
	{ from: 'XEN_9PFRONT', to: 'LIBXEN_9PFRONT', since: '0.16.2', sources: [xen] },
	{ from: 'XEN_XENBUS', to: 'LIBXEN_XENBUS', since: '0.16.2', sources: [xen] },
	{ from: 'UART_NS16550', to: 'LIBUKTTY_NS16550', since: '0.16.0', sources: [ns16550] },
	{ from: 'UART_PL011', to: 'LIBUKTTY_PL011', since: '0.16.0', sources: [pl011] },
];

/** The rename of option `name` (without `CONFIG_`), if it is one. */
export function renameOf(name: string): KconfigRename | undefined {
	return KCONFIG_RENAMES.find((r) => r.from === name);
}
