// SPDX-License-Identifier: Apache-2.0
// The fixes of a platform or architecture name, shared by the providers in
// platform-name.ts and architecture-name.ts (named as their rules): write the name the
// rule suggests (the canonical name of an alias, the closest known name of a typo, `qemu`
// for a cloud or a planned platform), but never one that makes the target a pair the
// support matrix says cannot build. Preferred when certain: an alias, a name that differs
// only in case, or a typo with a single candidate. An alias is suggested as its canonical
// name. Where the right name makes the target one the file already has, removing it is
// the preferred fix instead.
import { lookupPlatform } from '../support-matrix';
import type { Diagnostic, DiagnosticCode, Replacement } from '../types';
import type { Fix, FixContext } from './fix';
import { removeTarget } from './target-support';
import { isPlain, pairVerdict, wouldDuplicate } from './targets';

/** The fixes of a `target-name` diagnostic: write a suggested name, or drop a target that would then be a twin. */
export function suggestedNameFixes(ctx: FixContext, d: Diagnostic): Fix[] {
	const data = d.data;
	if (data?.kind !== 'target-name') return [];
	const { half: which, written } = data;
	const targets = data.targets.flatMap((i) => ctx.analysis.model.targets[i] ?? []);
	const suggestions = canonical(d.suggestions ?? [], which);
	const out: Fix[] = [];
	for (const s of suggestions) {
		const verdicts = targets.map((t) => {
			const plat = which === 'platform' ? s.text : (t.platform?.text ?? '');
			const arch = which === 'architecture' ? s.text : (t.architecture?.text ?? '');
			return pairVerdict(plat, arch, ctx.analysis.release);
		});
		if (verdicts.includes('error')) continue;
		const certain = isCertain(d.code, written, s.text, suggestions.length) && !verdicts.includes('warning');
		// The right name may make the target one the file already has: then drop it instead.
		const t = targets.length === 1 ? targets[0]! : undefined;
		const twin = t && wouldDuplicate(ctx.analysis, t, which === 'platform' ? s.text : (t.platform?.text ?? ''), which === 'architecture' ? s.text : (t.architecture?.text ?? ''));
		const removal = twin && t ? removeTarget(ctx, t) : undefined;
		out.push({ title: `Change to \`${s.text}\``, kind: 'quickfix', preferred: certain && !twin, edits: [{ span: s.span, newText: s.text }], diagnosticCode: d.code });
		if (removal) out.push({ title: `Remove this target (\`${twin!.platform?.text}/${twin!.architecture?.text}\` is already there)`, kind: 'quickfix', preferred: certain && isPlain(t!), edits: [removal], diagnosticCode: d.code });
	}
	return out;
}

/** Suggestions with aliases written as their canonical name (`firecracker` → `fc`), once each. */
function canonical(suggestions: readonly Replacement[], which: 'platform' | 'architecture'): Replacement[] {
	const out: Replacement[] = [];
	for (const s of suggestions) {
		const p = which === 'platform' ? lookupPlatform(s.text) : undefined;
		const text = p?.kind === 'platform' ? p.row.id : s.text;
		if (!out.some((o) => o.text === text)) out.push({ span: s.span, text });
	}
	return out;
}

function isCertain(code: DiagnosticCode, written: string, candidate: string, count: number): boolean {
	if (code === 'platform-alias' || code === 'architecture-alias') return true;
	if (code === 'planned-platform' || code === 'cloud-provider') return false;
	return written.toLowerCase() === candidate.toLowerCase() || count === 1;
}

