import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The committed examples/workspaces/generated files are what `dsl synth` writes with the default
// settings: a change to the workspace preset or the example shows here until they are rewritten.
it('examples/workspaces/generated is up to date with the definitions (dsl synth --check)', () => {
  expect(existsSync(join(root, 'packages/cli/dist')), 'build the packages first (npm test does)').toBe(true);
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('DSL_WS_')));
  const result = spawnSync(process.execPath, [join(root, 'packages/cli/bin/dsl.js'), 'synth', '--check'], { cwd: join(root, 'examples/workspaces'), env: { ...env, NO_COLOR: '1' }, encoding: 'utf8' });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
});
