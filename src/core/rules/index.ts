// SPDX-License-Identifier: Apache-2.0
import { architectureName } from './architecture-name';
import { cloudLabel } from './cloud-label';
import { conflictingKeys } from './conflicting-keys';
import { debugBuild } from './debug-build';
import { duplicateKey } from './duplicate-key';
import { duplicateTarget } from './duplicate-target';
import { hostRun } from './host-run';
import { invalidDocument } from './invalid-document';
import { invalidKconfig } from './invalid-kconfig';
import { invalidSection } from './invalid-section';
import { kconfigOptions } from './kconfig-options';
import { invalidTarget } from './invalid-target';
import { linuxuDebugOnly } from './linuxu-debug-only';
import { misreadKey } from './misread-key';
import { missingPath } from './missing-path';
import { multipleKraftfiles } from './multiple-kraftfiles';
import { noTargets } from './no-targets';
import { platformKconfigMissing } from './platform-kconfig-missing';
import { platformName } from './platform-name';
import type { Rule } from './rule';
import { settings } from './settings';
import { runtime } from './runtime';
import { spec } from './spec';
import { targetSupport } from './target-support';
import { unknownKey } from './unknown-key';
import { yamlSyntax } from './yaml-syntax';

/** Every rule, in the order their diagnostics are most useful to read. */
export const RULES: readonly Rule[] = [
	yamlSyntax,
	invalidDocument,
	multipleKraftfiles,
	spec,
	invalidSection,
	invalidTarget,
	noTargets,
	platformName,
	architectureName,
	targetSupport,
	platformKconfigMissing,
	hostRun,
	runtime,
	conflictingKeys,
	invalidKconfig,
	kconfigOptions,
	duplicateTarget,
	duplicateKey,
	unknownKey,
	settings,
	cloudLabel,
	misreadKey,
	debugBuild,
	linuxuDebugOnly,
	missingPath,
];
