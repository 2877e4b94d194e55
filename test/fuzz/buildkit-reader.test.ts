// The reader in test/support/buildkit must read Dockerfiles exactly as BuildKit does. Its output
// is compared with what the real BuildKit parser (the `dforacle` tool, built from BuildKit's
// source) printed for a committed set of files: hand-written edge cases and files printed from
// hostile models with validation skipped, so the set holds the injections issue 13 found.
// Regenerate with DSL_UPDATE_BUILDKIT=1 on a machine that has /usr/local/bin/dforacle.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printDockerfile, resolveImage } from '@dockerdsl/core/tooling';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { readDockerfile, type Json } from '../support/buildkit/instructions.js';
import { edgeCases } from './edge-cases.js';
import { hostileImage } from './hostile-model.js';

const folder = join(import.meta.dirname, '__buildkit__');
const update = process.env.DSL_UPDATE_BUILDKIT === '1';

/** Samples: the edge cases, then files printed from hostile models without validation. */
function samples(): string[] {
  const printed = fc.sample(hostileImage, { numRuns: 400, seed: 4242 }).flatMap((image) => {
    const { resolved } = resolveImage(image);
    if (!resolved) return [];
    try {
      return [printDockerfile(resolved)];
    } catch {
      return [];
    }
  });
  return [...edgeCases, ...printed.filter((text) => text.length < 20_000).slice(0, 240)];
}

/** What both readings are compared on: devices (the oracle leaves them out), doc comments and flag order set aside. */
function comparable(value: Json): Json {
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, Json> = {};
  // Keys in byte order, as the oracle prints them.
  for (const [key, item] of Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (key === '_devices') continue;
    out[key] = key === 'DocComment' ? '' : key === 'FlagsUsed' && Array.isArray(item) ? [...(item as string[])].sort() : comparable(item);
  }
  return out;
}

function ourReading(text: string): Json {
  try {
    return comparable(readDockerfile(text) as unknown as Json);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

if (update) {
  it('regenerates the BuildKit goldens with dforacle', () => {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    samples().forEach((text, n) => {
      const name = String(n).padStart(3, '0');
      writeFileSync(join(folder, `${name}.Dockerfile`), text);
      let out: string;
      try {
        out = execFileSync('/usr/local/bin/dforacle', [join(folder, `${name}.Dockerfile`)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      } catch (error) {
        out = (error as { stdout: string }).stdout;
      }
      writeFileSync(join(folder, `${name}.json`), JSON.stringify(comparable(JSON.parse(out) as Json), null, 1) + '\n');
    });
  }, 600_000);
}

it('reads every committed sample exactly as BuildKit did (or fails where BuildKit failed)', () => {
  const names = readdirSync(folder).filter((f) => f.endsWith('.Dockerfile')).sort();
  expect(names.length).toBeGreaterThan(200);
  const disagreements: string[] = [];
  for (const name of names) {
    const text = readFileSync(join(folder, name), 'utf8');
    const golden = JSON.parse(readFileSync(join(folder, name.replace('.Dockerfile', '.json')), 'utf8')) as Json & { error?: string };
    const ours = ourReading(text) as Json & { error?: string };
    const agree = golden.error !== undefined || ours.error !== undefined ? golden.error !== undefined && ours.error !== undefined : JSON.stringify(ours) === JSON.stringify(golden);
    if (!agree) disagreements.push(`${name}\n  buildkit: ${JSON.stringify(golden).slice(0, 600)}\n  ours:     ${JSON.stringify(ours).slice(0, 600)}`);
  }
  expect(disagreements, disagreements.join('\n')).toEqual([]);
});
