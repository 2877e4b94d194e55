#!/usr/bin/env node
// Regenerates test/corpus/buildkit/: BuildKit's own reading of every corpus Dockerfile and of
// the Dockerfile its `dsl import` round trip synthesises (test/corpus/round-trip/, written by
// `npx vitest run test/import/buildkit-round-trip.test.ts -u`). The readings come from the
// BuildKit parser oracle (`dforacle FILE`, or $DFORACLE); tests only read the committed JSON.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const oracle = process.env.DFORACLE ?? 'dforacle';
const sets = { dockerfiles: 'test/corpus/dockerfiles', checks: 'test/corpus/checks', seeds: 'test/seed-examples' };

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

function reading(path) {
  const run = spawnSync(oracle, [path], { encoding: 'utf8' });
  if (run.error) throw run.error;
  const out = JSON.parse(run.stdout);
  return out;
}

for (const [set, folder] of Object.entries(sets)) {
  const dir = join(root, folder);
  const out = join(root, 'test/corpus/buildkit', set);
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(dir).filter((f) => f.endsWith('Dockerfile')).sort()) {
    const path = join(dir, name);
    const golden = { sha256: sha256(readFileSync(path, 'utf8')), reading: reading(path) };
    const again = join(root, 'test/corpus/round-trip', set, name);
    if (existsSync(again)) golden.roundTrip = { sha256: sha256(readFileSync(again, 'utf8')), reading: reading(again) };
    writeFileSync(join(out, `${name}.json`), `${JSON.stringify(golden, null, 1)}\n`);
  }
}
