// SPDX-License-Identifier: Apache-2.0
// A small mocha-TDD-shaped registry (`suite`, `test`) for the extension-host suites. The
// suites run inside a real VS Code extension host: in code-server through the test-runner
// extension (test/e2e/runner-extension), or on desktop VS Code through `@vscode/test-electron`
// (`extensionTestsPath` → `run()` in index.ts). No mocha: the bundle stays one file and the
// results are plain data the harness prints.

/** One test's outcome. `error` holds the assertion message (and stack) when it failed. */
export interface TestResult {
	readonly suite: string;
	readonly test: string;
	readonly passed: boolean;
	readonly durationMs: number;
	readonly error?: string;
}

/** Everything a run reports: the tests, and the timing figures the suites recorded. */
export interface RunResults {
	readonly passed: number;
	readonly failed: number;
	readonly tests: readonly TestResult[];
	readonly metrics: Readonly<Record<string, number | string | boolean>>;
}

/** A test that runs longer than this fails (waits inside it have shorter deadlines). */
export const TEST_TIMEOUT_MS = 30_000;

/** Registers a group of tests; `body` calls `test` (synchronously). */
export function suite(name: string, body: () => void): void {
	const previous = current;
	current = name;
	try {
		body();
	} finally {
		current = previous;
	}
}

/** Registers one test of the enclosing suite. */
export function test(name: string, fn: () => Promise<void> | void): void {
	if (current === undefined) throw new Error(`test "${name}" is outside a suite`);
	registered.push({ suite: current, test: name, fn });
}

/** Records a timing figure (or fact) for the harness to print. */
export function recordMetric(name: string, value: number | string | boolean): void {
	metrics[name] = value;
}

/**
 * Adds one sample of a timing (e.g. one open-to-diagnostics time); the results carry their
 * median, maximum and count as `<name>.median`, `<name>.max` and `<name>.n`.
 */
export function recordSample(name: string, value: number): void {
	(samples[name] ??= []).push(value);
}

/**
 * Runs every registered test in order, one at a time, and never throws. With `grep`, only
 * the tests whose `suite › test` name contains it (the runner passes KRAFTFILE_E2E_GREP).
 */
export async function runAll(log: (line: string) => void = () => {}, grep?: string): Promise<RunResults> {
	const tests: TestResult[] = [];
	for (const t of registered.filter((r) => !grep || `${r.suite} › ${r.test}`.includes(grep))) {
		const started = Date.now();
		let error: string | undefined;
		try {
			await withTimeout(Promise.resolve().then(t.fn), TEST_TIMEOUT_MS, `${t.suite} › ${t.test}`);
		} catch (e) {
			error = e instanceof Error ? (e.stack ?? e.message) : String(e);
		}
		const result: TestResult = { suite: t.suite, test: t.test, passed: error === undefined, durationMs: Date.now() - started, ...(error ? { error } : {}) };
		tests.push(result);
		log(`${result.passed ? 'ok  ' : 'FAIL'} ${t.suite} › ${t.test} (${result.durationMs} ms)${error ? `\n${error}` : ''}`);
	}
	const passed = tests.filter((t) => t.passed).length;
	return { passed, failed: tests.length - passed, tests, metrics: { ...metrics, ...summarize(samples) } };
}

interface Registered {
	readonly suite: string;
	readonly test: string;
	readonly fn: () => Promise<void> | void;
}

const registered: Registered[] = [];
const metrics: Record<string, number | string | boolean> = {};
const samples: Record<string, number[]> = {};
let current: string | undefined;

function summarize(all: Record<string, number[]>): Record<string, number> {
	const out: Record<string, number> = {};
	for (const [name, values] of Object.entries(all)) {
		const sorted = [...values].sort((a, b) => a - b);
		out[`${name}.median`] = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
		out[`${name}.max`] = sorted[sorted.length - 1] ?? 0;
		out[`${name}.n`] = sorted.length;
	}
	return out;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms`)), ms);
	});
	return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
