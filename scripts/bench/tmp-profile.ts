import { parseAllDocuments } from 'yaml';
import { analyze } from '../../src/core';
import { PARSE_OPTIONS } from '../../src/core/parse';
import { typingTexts } from './inputs';
import { TYPING_EDITS } from './results';
const texts = typingTexts(TYPING_EDITS);
const host = { arch: 'x86_64', kvm: true } as never;
function time(f: (t: string) => unknown) { const s = performance.now(); for (const t of texts) f(t); return performance.now() - s; }
const P = (t: string) => parseAllDocuments(t, PARSE_OPTIONS);
const A = (t: string) => analyze(t, { host });
for (let i = 0; i < 3; i++) { time(P); time(A); }
const ps: number[] = [], as: number[] = [];
for (let i = 0; i < 9; i++) { (globalThis as any).gc?.(); ps.push(time(P)); (globalThis as any).gc?.(); as.push(time(A)); }
ps.sort((a, b) => a - b); as.sort((a, b) => a - b);
console.log(`edits ${texts.length} parse ${ps[4]!.toFixed(1)} analyze ${as[4]!.toFixed(1)} ratio ${(as[4]! / ps[4]!).toFixed(3)}`);
if (process.argv.includes("--loop")) { const s = performance.now(); while (performance.now() - s < 8000) time(A); }
if (process.argv.includes("--ploop")) { const s = performance.now(); while (performance.now() - s < 8000) time(P); }
import { parseKraftfile } from '../../src/core/parse';
{
const K = (t: string) => parseKraftfile(t);
for (let i = 0; i < 3; i++) { time(P); time(K); }
const ps: number[] = [], ks: number[] = [];
for (let i = 0; i < 9; i++) { (globalThis as any).gc?.(); ps.push(time(P)); (globalThis as any).gc?.(); ks.push(time(K)); }
ps.sort((a, b) => a - b); ks.sort((a, b) => a - b);
console.log(`parseAll ${ps[4]!.toFixed(1)} parseKraftfile ${ks[4]!.toFixed(1)} ratio ${(ks[4]! / ps[4]!).toFixed(3)}`);
}
{
// interleaved per text
let tp = 0, ta = 0;
for (let r = 0; r < 12; r++) for (const t of texts) { let s = performance.now(); P(t); tp += performance.now() - s; s = performance.now(); A(t); ta += performance.now() - s; }
console.log(`interleaved parse ${tp.toFixed(0)} analyze ${ta.toFixed(0)} ratio ${(ta / tp).toFixed(3)}`);
}
