// SPDX-License-Identifier: Apache-2.0
/**
 * Every upstream text the product puts in quotation marks, in one table. A quote is a
 * field, not a pattern in prose, so that `test/unit/quotes.test.ts` can find each one word
 * for word in the cited file under `../shared/sources/<repo>/<rev>/<path>`. A fact from a
 * file that is not stored there is stated without quotation marks, with its citation.
 *
 * For an error message with a variable part (`%s`, `%v`), only a constant part that occurs
 * verbatim in the Go source is quoted.
 */
export interface Quote {
	/** The text, exactly as it occurs in the file (a contiguous substring of one line). */
	readonly text: string;
	/** `owner/name` on GitHub, e.g. `unikraft/unikraft`. */
	readonly repo: string;
	/** The revision as the folder under `../shared/sources/<repo>/` is named (a sha prefix or a tag). */
	readonly rev: string;
	/** The path of the file inside the repository. */
	readonly path: string;
}

function quote(repo: string, rev: string, path: string, text: string): Quote {
	return { text, repo, rev, path };
}

// The revisions the stored sources are at (see ../shared/sources/README.md).
const UK = ['unikraft/unikraft', 'eaf6fda1'] as const;
const KK = ['unikraft/kraftkit', 'f02a5331'] as const;
const DOCS = ['unikraft/docs', '36736952'] as const;
const X = ['unikraft-cloud/x', 'c92e317b'] as const;

export const QUOTES = {
	// unikraft/unikraft: the build stops when no CONFIG_PLAT_* is set.
	noTargetPlatform: quote(...UK, 'Makefile', 'Please choose at least one target platform'),
	kvmDependsOn: quote(...UK, 'plat/kvm/Config.uk', 'depends on (ARCH_X86_64 || ARCH_ARM_64)'),
	buildOptionsMenu: quote(...UK, 'Config.uk', 'menu "Build Options"'),
	// The release that first lets Firecracker build for arm64 (0.13.1 had `depends on ARCH_X86_64`).
	firecrackerArm64: quote('unikraft/unikraft', 'RELEASE-0.14.0', 'plat/kvm/Config.uk', 'depends on ARCH_X86_64 || ARCH_ARM_64'),

	// kraftkit: the legacy Kraftfile loader and schema check.
	missingSpec: quote(...KK, 'schema/schema.go', "missing 'spec' version attribute"),
	unparsableSpec: quote(...KK, 'schema/schema.go', 'could not parse specification version'),
	specNotLatest: quote(...KK, 'schema/schema.go', 'version is not latest'),
	topLevelNotMapping: quote(...KK, 'unikraft/app/loader.go', 'Top-level object must be a mapping'),
	extensionsSection: quote(...KK, 'unikraft/app/loader.go', 'extensions := getSectionMap(iface, "extensions")'),
	// kraftkit: finding the Kraftfile in a folder, and the flag that names one instead.
	multipleKraftfiles: quote(...KK, 'unikraft/app/project_options.go', 'found multiple config files with supported names'),
	kraftfileFlag: quote(...KK, 'internal/cli/kraft/build/build.go', 'Set an alternative path of the Kraftfile'),

	// kraftkit: targets (`unikraft/target/transform.go`).
	invalidTargetFormat: quote(...KK, 'unikraft/target/transform.go', 'invalid target format'),
	invalidTargetType: quote(...KK, 'unikraft/target/transform.go', 'invalid type'),
	platformMustBeSpecified: quote(...KK, 'unikraft/target/transform.go', 'platform must be specified for all targets'),
	architectureMustBeSpecified: quote(...KK, 'unikraft/target/transform.go', 'architecture must be specified for all targets'),

	// kraftkit: top-level values (`unikraft/app/loader.go`, `unikraft/target/target.go`, `kraft build`).
	rootfsMustBeString: quote(...KK, 'unikraft/app/loader.go', 'rootfs must be a string'),
	targetNameNotSet: quote(...KK, 'unikraft/target/target.go', 'target name not set, cannot determine binary name'),
	noTargetsToBuild: quote(...KK, 'internal/cli/kraft/build/builder_kraftfile_unikraft.go', 'no targets to build'),

	// kraftkit: kconfig entries (`kconfig/config.go`).
	kconfigNotKeyValue: quote(...KK, 'kconfig/config.go', 'kconfig option must be a key-value pair(key=value)'),
	kconfigNoValue: quote(...KK, 'kconfig/config.go', 'kconfig option must have a value'),

	// kraftkit: `runtime:`, read by the legacy loader and pulled by `kraft build`.
	runtimeFormat: quote(...KK, 'unikraft/runtime/transform.go', 'expected format template value to be <oci>:<tag>'),
	runtimeNotFound: quote(...KK, 'internal/cli/kraft/build/builder_kraftfile_runtime.go', 'could not find runtime'),

	// kraftkit: `kraft run`.
	unsupportedPlatformDriver: quote(...KK, 'internal/cli/kraft/run/run.go', 'unsupported platform driver'),
	usingHardwareEmulation: quote(...KK, 'internal/cli/kraft/run/run.go', 'using hardware emulation'),
	disableAcceleration: quote(...KK, 'internal/cli/kraft/run/run.go', 'Disable acceleration of CPU (usually enables TCG)'),
	firecrackerNoEmulation: quote(...KK, 'machine/firecracker/v1alpha1.go', 'cannot create firecracker instance with emulation'),

	// kraftkit: the settings a unikernel runs with (see setting-values.ts; `rootfsMustBeString` above).
	volumeTooManyColons: quote(...KK, 'unikraft/app/volume/transform.go', 'expected format template value to be <url>@<version>'),
	envMapOrList: quote(...KK, 'unikraft/app/transform.go', 'expected a map or a list'),
	// unikraft-cloud/x: the v0.7 parser.
	v07CmdEntries: quote(...X, 'kraftfile/parse.go', 'cmd array entries must be strings'),
	v07CmdType: quote(...X, 'kraftfile/parse.go', 'invalid cmd value type'),
	v07MapEntries: quote(...X, 'kraftfile/parse.go', 'map list entries must be strings'),
	v07MapScalar: quote(...X, 'kraftfile/parse.go', 'map values must be scalar'),
	v07MapType: quote(...X, 'kraftfile/parse.go', 'invalid map value type'),
	v07VolumesType: quote(...X, 'kraftfile/parse.go', 'invalid volumes value type'),
	v07VolumeType: quote(...X, 'kraftfile/parse.go', 'invalid volume value type'),
	v07FsType: quote(...X, 'kraftfile/parse.go', 'invalid fs type'),
	v07FsValueType: quote(...X, 'kraftfile/parse.go', 'invalid fs value type'),
	v07SourceType: quote(...X, 'kraftfile/parse.go', 'invalid source type'),
	v07SourceRequired: quote(...X, 'kraftfile/parse.go', "'source' is required"),
	v07TopLevelType: quote(...X, 'kraftfile/parse.go', "top-level 'type' is not allowed when 'source' is an object"),

	// kraftkit: errors `kraft build`/`kraft run` end with, which the build task maps to Kraftfile lines (kraft-errors.ts).
	noTargetsSelected: quote(...KK, 'internal/cli/kraft/build/builder_kraftfile_unikraft.go', 'no targets selected to build'),
	couldNotFindComponent: quote(...KK, 'internal/cli/kraft/build/builder_kraftfile_unikraft.go', 'could not find:'),
	couldNotPullAll: quote(...KK, 'internal/cli/kraft/build/builder_kraftfile_unikraft.go', 'could not pull all components'),
	noUnikraftCore: quote(...KK, 'internal/cli/kraft/build/builder_kraftfile_unikraft.go', 'cannot build without unikraft core specification'),
	buildFailed: quote(...KK, 'internal/cli/kraft/build/builder_kraftfile_unikraft.go', 'build failed:'),
	libraryNotInProject: quote(...KK, 'unikraft/app/application.go', 'does not exist in the project'),
	projectNameMustBeString: quote(...KK, 'unikraft/app/loader.go', 'project name must be a string'),
	couldNotQueryCatalog: quote(...KK, 'internal/cli/kraft/build/builder_kraftfile_runtime.go', 'could not query catalog'),
	couldNotPrepareInitramfs: quote(...KK, 'internal/cli/kraft/run/utils.go', 'could not prepare initramfs'),
	// kraftkit: how kraft logs (config/config.go, internal/cli/options.go, cmdfactory/builder.go).
	logTypeChoices: quote(...KK, 'config/config.go', 'Log type. Choice of: [fancy, basic, json]'),
	logTypeEnv: quote(...KK, 'config/config.go', 'env:"KRAFTKIT_LOG_TYPE"'),
	jsonFormatter: quote(...KK, 'internal/cli/options.go', 'formatter := new(logrus.JSONFormatter)'),
	finalErrorLogged: quote(...KK, 'cmdfactory/builder.go', 'log.G(ctx).Error(err)'),
	makeStderrAsWarnings: quote(...KK, 'internal/cli/kraft/build/builder_kraftfile_unikraft.go', 'exec.WithStderr(log.G(ctx).WriterLevel(logrus.WarnLevel)),'),
	// kraftkit: where a target's images are (unikraft/unikraft.go, unikraft/target/target.go).
	buildDir: quote(...KK, 'unikraft/unikraft.go', 'BuildDir  = ".unikraft/build"'),
	kernelDbgName: quote(...KK, 'unikraft/target/target.go', 'return fmt.Sprintf("%s.dbg", name), nil'),
	kernelNameParts: quote(...KK, 'unikraft/target/target.go', '"%s_%s-%s",'),
	targetNameFromApp: quote(...KK, 'unikraft/target/transform.go', 't.name = uk.UK_NAME'),
	runMemoryDefault: quote(...KK, 'internal/cli/kraft/run/run.go', 'usage:"Assign memory to the unikernel (K/Ki, M/Mi, G/Gi)" default:"64Mi"'),
	runHasNoGdbFlag: quote(...KK, 'internal/cli/kraft/run/run.go', 'WithKernelDbg bool     `long:"symbolic" usage:"Use the debuggable (symbolic) unikernel"`'),
	qemuArmMax: quote(...KK, 'machine/qemu/v1alpha1.go', 'CPU: QemuCPUArmMax,'),
	qemuX86Host: quote(...KK, 'machine/qemu/v1alpha1.go', 'CPU: QemuCPUX86Host,'),

	// unikraft/docs.
	docsVolumeReadOnly: quote(...DOCS, 'content/docs/cli/reference/kraftfile/v0.6.mdx', 'readOnly: false'),
	runningOnlyKvm: quote(...DOCS, 'content/docs/cli/running.mdx', 'only supports running instances that target the KVM hypervisor either through QEMU or Firecracker'),
	installForKraftCloud: quote(...DOCS, 'content/docs/cli/install.mdx', 'for compiling x86_64 Unikernels (needed for KraftCloud)'),
	type2VirtualBox: quote(...DOCS, 'content/docs/concepts/virtualization.mdx', 'An example of Type 2 hypervisor is VirtualBox.'),
	plannedHypervisors: quote(...DOCS, 'content/docs/concepts/virtualization.mdx', 'Unikraft is planned to be able to run on **Hyper-V** and **VMWare**'),
	faqNoKvmModule: quote(...DOCS, 'content/docs/faq.mdx', 'Could not access KVM kernel module'),
	faqUseW: quote(...DOCS, 'content/docs/faq.mdx', 'If you are using `kraft run`, use the `-W` option'),
	buildDbg: quote(...DOCS, 'content/docs/cli/reference/kraft/build.mdx', 'Build the debuggable (symbolic) kernel image'),
	gdbTwoImages: quote(...DOCS, 'content/docs/internals/debugging.mdx', 'The build system always creates two image files'),
	gdbShorthand: quote(...DOCS, 'content/docs/internals/debugging.mdx', 'Note that the `-s` parameter is shorthand for `-gdb tcp::1234`.'),
	gdbPaused: quote(...DOCS, 'content/docs/internals/debugging.mdx', 'We recommend creating the guest in a paused state (the `-S` option):'),
	gdbRunStripped: quote(...DOCS, 'content/guides/debugging.mdx', 'You **must** run the image that does not contain debugging information (as in no `.dbg` extension).'),
	gdbHardwareBreakpoint: quote(...DOCS, 'content/guides/debugging.mdx', 'Unless you\'re debugging early boot code, you’ll need to set a hardware break point.'),
	gdbDebugLevel: quote(...DOCS, 'content/guides/debugging.mdx', 'select a `Debug information level` that is bigger than 0.'),
	runSymbolic: quote(...DOCS, 'content/docs/cli/reference/kraft/run.mdx', 'Use the debuggable (symbolic) unikernel'),
	linuxuRetired: quote(...DOCS, 'content/blog/2024-06-07-unikraft-releases-v0.17.0.mdx', 'Applications should no longer be built for the `linuxu` platform.'),
	xenAdaptedToPal: quote(
		...DOCS,
		'content/blog/2026-04-20-unikraft-releases-v0.21.0.mdx',
		'the Xen platform has been fully adapted to the PAL and delegates functionality as necessary to `plat/native` on both `x86_64` and `arm64`',
	),
} as const satisfies Record<string, Quote>;

export type QuoteKey = keyof typeof QUOTES;

/**
 * A quote as messages and hovers show it, in typographic quotation marks. The only place in
 * `src` that writes an opening typographic quote (a test keeps it so).
 */
export function q(quote: Quote): string {
	return `“${quote.text}”`;
}
