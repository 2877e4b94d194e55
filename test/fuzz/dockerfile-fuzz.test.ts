// Issue 13's proof for Dockerfiles: hostile models either fail with coded DSL1xxx diagnostics or
// compile to a file that BuildKit's reading (the port in test/support/buildkit, checked against
// the real BuildKit by buildkit-reader.test.ts) turns back into exactly the modelled values.
// DSL_FUZZ_RUNS and DSL_FUZZ_SEED scale it up (bench/fuzz.bench.mjs runs 100,000 cases).
import { writeFileSync } from 'node:fs';
import { compileImage } from '@dockerdsl/core';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { readDockerfile, type Json } from '../support/buildkit/instructions.js';
import { expectedReading } from './expected-reading.js';
import { hostileImage } from './hostile-model.js';

const runs = Number(process.env.DSL_FUZZ_RUNS ?? 2000);
const seed = Number(process.env.DSL_FUZZ_SEED ?? 1307);

type Command = Record<string, Json>;
// Wrapping breaks a chain before `&&`, `||` or `;` (operators, so blanks around them mean nothing to the shell).
const squash = (text: string): string => text.replace(/\s*(&&|\|\||;)\s*/g, '$1').replace(/\s+/g, ' ').trim();

/** A RUN read back from a heredoc or from wrapped lines, put in the one-line shape the model predicts. */
function asModelled(actual: Command, expected: Command): Command {
  if (actual._kind !== 'RunCommand' || !actual.PrependShell) return actual;
  const files = actual.Files as Array<{ Data: string; Name: string }> | null;
  const want = (expected.CmdLine as string[])[0]!;
  if (files && files.length === 1 && (actual.CmdLine as string[])[0]!.startsWith('<<') && files[0]!.Data.slice(0, -1).replace(/^[ \t]+|[ \t]+$/g, '') === want) {
    return { ...actual, CmdLine: [want], Files: null };
  }
  const line = (actual.CmdLine as string[])[0]!;
  // Wrapped chains come back with the continuation's indentation and blanks before the operators.
  return line !== want && squash(line) === squash(want) && !files ? { ...actual, CmdLine: [want] } : actual;
}

/**
 * Checks one model: a coded rejection, or a file read back exactly as modelled.
 *
 * @example
 * checkModel(image); // 'accepted' | 'rejected'
 */
export function checkModel(image: Parameters<typeof compileImage>[0] & object): 'accepted' | 'rejected' {
  const result = compileImage(image);
  if (!result.ok) {
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) {
      // Schema (DSL1xxx) or stage-graph (DSL2xxx, a stage copying from itself) diagnostics.
      expect(d.code).toMatch(/^DSL[12]\d{3}$/);
      expect(d.path.slice(0, 2)).toEqual(['images', 'fuzz']);
      if (d.path.includes('steps')) expect(d.source, `${d.code} ${d.message}`).toBeDefined();
    }
    return 'rejected';
  }
  let actual;
  try {
    actual = readDockerfile(result.dockerfile);
  } catch (error) {
    throw new Error(`BuildKit would reject the file: ${(error as Error).message}\n${result.dockerfile}`);
  }
  const expected = expectedReading(image as never) as unknown as { stages: Array<{ commands: Command[] | null }> };
  actual.stages.forEach((stage, s) => {
    const want = expected.stages[s]?.commands ?? [];
    if (stage.commands) stage.commands = stage.commands.map((c, n) => (want[n] ? asModelled(c, want[n]!) : c));
  });
  expect(actual, result.dockerfile).toEqual(expected);
  return 'accepted';
}

it(`hostile models compile to files BuildKit reads as modelled, or are rejected with DSL1xxx (${runs} cases, seed ${seed})`, () => {
  const counts = { accepted: 0, rejected: 0 };
  const started = performance.now();
  fc.assert(
    fc.property(hostileImage, (image) => {
      counts[checkModel(image)]++;
    }),
    { numRuns: runs, seed },
  );
  const seconds = (performance.now() - started) / 1000;
  if (process.env.DSL_FUZZ_REPORT) writeFileSync(process.env.DSL_FUZZ_REPORT, JSON.stringify({ runs, seed, seconds, ...counts }) + '\n');
  // Enough models must reach the printer for the property to mean something.
  expect(counts.accepted).toBeGreaterThan(runs / 10);
}, 3_600_000);
