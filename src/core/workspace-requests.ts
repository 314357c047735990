// SPDX-License-Identifier: Apache-2.0
import type { Analysis } from './analyze';
import { RULES } from './rules';
import type { WorkspaceFacts, WorkspaceFs, WorkspaceRequest } from './workspace';
import { gatherInBatches, unanswered } from './workspace-gather';

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

/**
 * Gathers what the rules ask for, analyses with it, and gathers again what that analysis
 * asks for in turn (a Kconfig file read names the files it sources), up to `rounds` times.
 * `analyzeWith` analyses the text with the facts given. For the CLI and the language server;
 * the VS Code adapter does the same one round per check. Never rejects.
 */
export async function gatherSettled(analyzeWith: (facts: WorkspaceFacts | undefined) => Analysis, fs: WorkspaceFs, previous?: WorkspaceFacts, rounds = 16): Promise<WorkspaceFacts | undefined> {
	let facts = previous;
	for (let i = 0; i < rounds; i++) {
		const missing = unanswered(workspaceRequests(analyzeWith(facts)), facts);
		if (missing.length === 0) break;
		try {
			facts = await gatherInBatches(missing, fs, facts);
		} catch {
			break;
		}
	}
	return facts;
}
