import type { TestModule } from 'vitest/node';
import { afterEach, expect, test, vi } from 'vitest';
import SummaryReporter from './summary-reporter.js';

type State = 'passed' | 'failed' | 'skipped';

/** Just what the reporter reads of a test file: its state and its tests' states. */
function testFile(state: 'passed' | 'failed', tests: State[]): TestModule {
  const all = tests.map((s) => ({ result: () => ({ state: s }) }));
  return { state: () => state, children: { allTests: () => all.values() } } as unknown as TestModule;
}

function summary(modules: TestModule[], unhandled: unknown[] = []): string {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  new SummaryReporter().onTestRunEnd(modules, unhandled);
  const text = write.mock.calls.map((c) => String(c[0])).join('');
  write.mockRestore();
  return text;
}

afterEach(() => vi.restoreAllMocks());

test('counts passed and failed tests, and says how many were skipped', () => {
  expect(summary([testFile('passed', ['passed', 'passed']), testFile('failed', ['passed', 'failed', 'skipped'])])).toBe('1 skipped\n3 passed, 1 failed\n');
});

test('a file that failed outside its tests (its tests skipped) is a failure, never "0 failed"', () => {
  expect(summary([testFile('passed', ['passed']), testFile('failed', ['skipped', 'skipped'])])).toBe('2 skipped\n1 passed, 1 failed\n');
  expect(summary([testFile('failed', [])])).toBe('0 passed, 1 failed\n');
});

test('errors outside any file count as failures', () => {
  expect(summary([testFile('passed', ['passed'])], [new Error('unhandled rejection')])).toBe('1 passed, 1 failed\n');
});
