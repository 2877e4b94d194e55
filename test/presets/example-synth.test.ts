import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The committed examples/monorepo/generated files are what `dsl synth` writes with the default
// settings (no ACME_* overrides): a change to a preset or to the example shows up here until
// the files are regenerated (`npm run synth -w @acme/platform`).
describe('examples/monorepo/generated', () => {
  it('is up to date with the definitions (dsl synth --check), loading the config cold and again', () => {
    expect(existsSync(join(root, 'packages/cli/dist')), 'build the packages first (npm test does)').toBe(true);
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('ACME_')));
    // Twice: a second start reads what the first left (jiti's file cache), and the config
    // reaches TypeScript through workspace packages (@acme/api/image → @acme/docker-presets).
    for (const run of ['first', 'second']) {
      const result = spawnSync(process.execPath, [join(root, 'packages/cli/bin/dsl.js'), 'synth', '--check'], { cwd: join(root, 'examples/monorepo'), env: { ...env, NO_COLOR: '1' }, encoding: 'utf8' });
      expect(result.status, `${run} run:\n${result.stdout}${result.stderr}`).toBe(0);
    }
  });
});
