// SPDX-License-Identifier: Apache-2.0
// How Unikraft's Kconfig (its copy under support/kconfig) reads the values `kraft` writes
// into .config, which decides what kconfig-options reports. Not under ../shared/sources,
// so stated without quoting:
// - `conf_set_sym_val` (confdata.c): a bool takes a value whose first character is `y` or
//   `n` (a tristate also `m`), lower case only, and ignores any other with a warning (the
//   default stays); an int or hex value must pass `sym_string_valid`.
// - `sym_string_valid` (symbol.c): an int is an optional `-` then decimal digits, with no
//   leading zero; a hex value an optional `0x`/`0X` then hexadecimal digits.
// - `conf_read` (confdata.c): an int or hex value outside the symbol's `range` is dropped.
// - A symbol .config names that no Config.uk defines is skipped (`sym_find` finds none).
// - `select` sets a lower bound on the selected symbol whatever its own value (Kconfig's
//   reverse dependencies, `rev_dep` in symbol.c): `n` cannot stick.
import { ghFile, type Sources } from './source';

export const KCONFIG_READING_SOURCES: Sources = [
	ghFile('unikraft/unikraft', 'RELEASE-0.17.0', 'support/kconfig/confdata.c', '`conf_set_sym_val` and `conf_read`.'),
	ghFile('unikraft/unikraft', 'RELEASE-0.17.0', 'support/kconfig/symbol.c', '`sym_string_valid`, `sym_string_within_range`, `sym_calc_value` (reverse dependencies).'),
];
