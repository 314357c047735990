// SPDX-License-Identifier: Apache-2.0
// What the loaders accept as values of the settings a unikernel runs with (`cmd`, `env`,
// `volumes`, `labels`, `rootfs`), per loader: the legacy one (spec v0.5 and v0.6, kraftkit
// `unikraft/app/loader.go`) and the v0.7 one (`unikraft.com/x/kraftfile`). Read by
// src/core/rules/settings.ts; each fact carries its source.
import { KRAFTKIT, noted } from './citations';
import { QUOTES } from './quotes';
import { REV } from './revisions';
import { ghFile, ghThread, quotedFile, type Sources } from './source';

const X = (path: string, note: string) => ghFile('unikraft-cloud/x', REV.x, path, note);

/** The loader that reads a file: `legacy` for spec v0.5/v0.6 (and none), `v07` for spec v0.7. */
export type Loader = 'legacy' | 'v07';

/**
 * The keys of a volume's long form each loader reads. Legacy: exactly these names
 * (a `switch` on the key; `readOnly`, `mode` and anything else are skipped without a word).
 * v0.7: the JSON names of `Volume`, matched as Go's `encoding/json` does, ignoring case
 * (so `readOnly` is read there), and `mode`.
 */
export const VOLUME_KEYS: Readonly<Record<Loader, readonly string[]>> = {
	legacy: ['driver', 'source', 'destination', 'readonly'],
	v07: ['driver', 'source', 'destination', 'mode', 'readonly'],
};

export const VOLUME_KEY_SOURCES: Sources = [
	ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/app/volume/transform.go', 'a map entry is read by a switch on its exact key: driver, source, destination, readonly; a short form with more than one colon stops the load'),
	quotedFile(QUOTES.docsVolumeReadOnly, 'the v0.6 reference writes the long form with `readOnly`, a key the legacy loader does not read'),
	X('kraftfile/spec.go', 'Volume: json names driver, source, destination, mode, readonly; a short form is split in at most three parts, the third is the mode'),
];

/**
 * The plain words Go's YAML decoders (`gopkg.in/yaml.v2`, YAML 1.1, used by the legacy
 * loader and under `sigs.k8s.io/yaml` by the v0.7 one) read as booleans. `kraft` turns a
 * boolean label or env value back into text as `true` or `false`, so only these spellings
 * keep what is written.
 */
export const YAML11_TRUE = ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'] as const;
export const YAML11_FALSE = ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'] as const;

export const YAML11_SOURCES: Sources = [
	noted(KRAFTKIT.loader, 'the legacy loader parses with gopkg.in/yaml.v2 (YAML 1.1); a map value is turned into text with Go fmt.Sprint (unikraft/app/transform.go toMapStringString)'),
	ghFile('kubernetes-sigs/yaml', '1e5b47d3af7edf8cbfd79af09571a7c3dbb83c3b', 'yaml.go', 'v0.7 (sigs.k8s.io/yaml): YAML 1.1 via yaml.v2; a number or boolean bound for a Go string (a label value) is written as its text, true or false'),
];

/** The label prefix Unikraft Cloud reads (`kraft cloud deploy`). */
export const CLOUD_LABEL_PREFIX = 'cloud.unikraft.v1.instances/';

export interface CloudLabel {
	/** The part after `CLOUD_LABEL_PREFIX`. */
	readonly name: string;
	/** What it sets, for messages. */
	readonly summary: string;
	/** `enum`: one of `values`; `bool`: text Go's `strconv.ParseBool` reads; `int32`: a whole number of milliseconds `strconv.ParseInt(v, 10, 32)` reads. */
	readonly kind: 'enum' | 'bool' | 'int32';
	readonly values?: readonly string[];
	readonly sources: Sources;
}

// A 2026 version of the file, read in the search index, whose commit the index does not
// record: hence the branch, not a revision (the 2024 snapshot does not read labels there).
const DEPLOY_LABELS = ghFile(
	'unikraft/kraftkit',
	'staging',
	'internal/cli/kraft/cloud/deploy/utils.go',
	'kraft cloud deploy (2026) reads the three scale_to_zero labels: policy as given, stateful with strconv.ParseBool, cooldown_time_ms with strconv.ParseInt(v, 10, 32); a value that does not parse stops the deploy',
);

// The pull request that gave the Unikraft Cloud examples their scale-to-zero labels (58
// Kraftfiles at unikraft-cloud/examples@7f798eb0 use them).
const EXAMPLES_LABELS = ghThread('unikraft-cloud/examples', 'pull', 106, 'Add labels for scale-to-zero');

export const CLOUD_LABELS: readonly CloudLabel[] = [
	{
		name: 'scale_to_zero.policy',
		summary: 'when the instance scales to zero',
		kind: 'enum',
		values: ['off', 'on', 'idle'],
		sources: [
			{ ...EXAMPLES_LABELS, note: 'the examples write "on", "idle" and "off"; the Unikraft Cloud documentation (unikraft.com/docs/features/scale-to-zero) lists exactly these policies: off, on, and idle (on, and also with established but idle connections)' },
			DEPLOY_LABELS,
		],
	},
	{
		name: 'scale_to_zero.stateful',
		summary: 'whether the instance keeps its state when scaled to zero',
		kind: 'bool',
		sources: [{ ...EXAMPLES_LABELS, note: 'the examples write "true" and "false"; unikraft.com/docs/features/snapshots sets the label to "true" for stateful scale-to-zero' }, DEPLOY_LABELS],
	},
	{
		name: 'scale_to_zero.cooldown_time_ms',
		summary: 'how long, in milliseconds, the instance waits idle before it scales to zero',
		kind: 'int32',
		sources: [{ ...EXAMPLES_LABELS, note: 'the examples write whole numbers of milliseconds (1000, 3000), unquoted' }, DEPLOY_LABELS],
	},
];

/** What Go's `strconv.ParseBool` reads. */
export const GO_BOOL_TEXTS = ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'] as const;

/** v0.7 `rootfs` (`FS`): the formats and the source types its parser accepts. */
export const FS_FORMATS = ['cpio', 'erofs'] as const;
export const FS_SOURCE_TYPES = ['oci', 'dir', 'file', 'tarball', 'cpio', 'erofs', 'dockerfile'] as const;

export const ROOTFS_SOURCES: Sources = [
	quotedFile(QUOTES.rootfsMustBeString, 'kraft 2024: rootfs is a string; 2026 (the legacy loader that imports unikraft.com/x/kraftfile) also reads a map with a string source and a string type'),
	X('kraftfile/parse.go', 'FS.UnmarshalJSON: a string, or a map with a required source (a string, or a map of type, path, dockerfile) and a format of cpio or erofs'),
	X('kraftfile/spec.go', 'FsTypes cpio, erofs; SourceTypes oci, dir, file, tarball, cpio, erofs, dockerfile'),
];

export const SETTING_SOURCES = {
	cmd: [
		noted(KRAFTKIT.loader, 'cmd: a string is kept as one argument; a list item that is not a string is converted with cmd.(string), which panics; another type is skipped'),
		X('kraftfile/parse.go', 'Command: a string is split into words as a POSIX shell would (mvdan.cc/sh shell.Fields, variables expand to nothing); list entries must be strings'),
	],
	env: [
		ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/app/transform.go', 'env: a map, or a list whose items are converted with value.(string), which panics on a map item; anything else: expected a map or a list'),
		X('kraftfile/parse.go', 'Map: a list of strings split at the first =, or a map of scalars'),
	],
	labels: [
		ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/app/transform.go', 'labels (map[string]string): a map, each value turned into text with fmt.Sprint; anything else stops the load'),
		X('kraftfile/spec.go', 'Labels map[string]string'),
		X('kraftfile/schema.json', 'labels: each value of the map form must be a string'),
	],
} as const satisfies Record<string, Sources>;
