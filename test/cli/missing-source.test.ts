import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dsl, fixture } from './run-dsl.js';

// A COPY source that the build context does not hold (missing, or left out by .dockerignore) is
// a DSL5060 warning at the line that wrote the step, from synth and check alike; it does not
// stop synth.
const out = mkdtempSync(join(tmpdir(), 'dsl-test-missing-source-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const expected = [
  "dsl.config.ts:7:77 warning DSL5060 COPY source 'local.env' is not in the build context folder 'app': it is excluded by its .dockerignore",
  '  → at images.app.stages.main.steps[1].sources[0]',
  '  hint: BuildKit fails this COPY: "local.env" not found',
  "dsl.config.ts:7:104 warning DSL5060 COPY source 'dist' is not in the build context folder 'app': it does not exist there",
  '  → at images.app.stages.main.steps[2].sources[0]',
  '  hint: BuildKit fails this COPY: "dist" not found',
].join('\n');

describe('COPY sources missing from the context (built CLI)', { timeout: 60_000 }, () => {
  it('dsl synth warns with file:line:col and still writes the files', async () => {
    const result = await dsl(['synth', '--out', out], fixture('missing-source'));
    expect(result.exitCode, String(result.all)).toBe(0);
    expect(String(result.all)).toContain(expected);
    expect(readdirSync(out)).toContain('app.Dockerfile');
  });

  it('dsl check reports the same warnings', async () => {
    const result = await dsl(['check'], fixture('missing-source'));
    expect(result.exitCode, String(result.all)).toBe(0);
    expect(String(result.all)).toContain(expected);
  });
});
