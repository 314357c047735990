// SPDX-License-Identifier: Apache-2.0
import type { Analysis } from './analyze';
import { RULES } from './rules';
import type { WorkspaceRequest } from './workspace';

/**
 * What the rules need to know about the files around this Kraftfile, for the adapter to
 * gather (`gatherWorkspace`) before analysing it again with the answers. Nothing for a
 * text that was not checked. Plain data, no duplicates; never throws.
 */
export function workspaceRequests(analysis: Analysis): WorkspaceRequest[] {
	if (analysis.ignored) return [];
	const seen = new Set<string>();
	const requests: WorkspaceRequest[] = [];
	for (const rule of RULES) {
		if (!rule.requests) continue;
		let asked: readonly WorkspaceRequest[];
		try {
			asked = rule.requests(analysis);
		} catch {
			// Like a rule that throws in `check`: its facts are missing, the others are not.
			continue;
		}
		for (const r of asked) {
			const key = `${r.kind}:${r.path}:${r.kind === 'read' ? r.maxBytes : ''}`;
			if (seen.has(key)) continue;
			seen.add(key);
			requests.push(r);
		}
	}
	return requests;
}
