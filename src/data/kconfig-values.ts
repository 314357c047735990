// SPDX-License-Identifier: Apache-2.0
// How `kraft` writes a Kraftfile's kconfig values into `.config`, for the Kconfig hover and
// completion (src/core/hover/kconfig.ts, src/core/kconfig-places.ts): a map value that is a
// string as it is, a boolean as `y` or `n`, an integer in decimal; a list item `KEY=VALUE`
// with the value after `=` as written. The key is written as it is (Kconfig reads `CONFIG_` names).
import { REV } from './revisions';
import { ghFile, type Sources } from './source';

export const KCONFIG_VALUE_SOURCES: Sources = [
	ghFile('unikraft/kraftkit', REV.kraftkit, 'kconfig/config.go', 'map values: a string as it is, a bool as `y`/`n`, an integer with `%d`; list items split at the first `=`'),
];
