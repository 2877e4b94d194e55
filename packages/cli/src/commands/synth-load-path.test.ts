import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../test-support/temp-project.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const dsl = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'dsl.js');
const dataUrl = (code: string) => `data:text/javascript,${encodeURIComponent(code)}`;

// Writes down every module the process loads: ES modules through a load hook, CommonJS ones (what
// `require` loaded, also from inside a package) from the require cache at exit.
const loader = dataUrl("import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(process.env.DSL_TEST_LOADED, url + '\\n');\n  return next(url, context);\n}\n");
const preload = dataUrl(
  `import { appendFileSync } from 'node:fs';\nimport { createRequire, register } from 'node:module';\nregister(${JSON.stringify(loader)});\nprocess.on('exit', () => appendFileSync(process.env.DSL_TEST_LOADED, Object.keys(createRequire(process.cwd() + '/').cache).join('\\n')));\n`,
);

/** The modules a `dsl` run in `dir` loaded, as URLs or paths. */
function loadedBy(dir: string, args: string[]): { status: number | null; stderr: string; loaded: string[] } {
  const log = join(dir, 'loaded.log');
  const run = spawnSync(process.execPath, ['--import', preload, dsl, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, DSL_TEST_LOADED: log } });
  return { status: run.status, stderr: run.stderr, loaded: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

// What other commands need (the TypeScript compiler for `import`, jiti for a TypeScript config on
// Node 20, execa for docker) and what only reading a workspace needs (tinyglobby, smol-toml) stay
// out of a plain `dsl synth`'s start.
const notForSynth = /[\\/]node_modules[\\/](?:ts-morph|@ts-morph|typescript|jiti|execa|tinyglobby|fdir|smol-toml)[\\/]/;
// Nor the Node modules only `build`, `lock` and `check --since` use (processes, the registry).
const builtinsNotForSynth = /^node:(?:child_process|http|https|net|stream)$/;

describe('dsl synth', () => {
  it('loads its own modules and core, not the compiler or the tools of other commands', () => {
    const p = tempProject({
      'dsl.config.mjs': "import { defineConfig, image, stage } from '@dockerdsl/core';\nexport default defineConfig({ images: [image('api', { stages: [stage('main', { from: 'busybox:1.36' }).workdir('/srv')] })] });\n",
    });
    cleanup = p.remove;
    const run = loadedBy(p.dir, ['synth']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.loaded.some((m) => m.endsWith('/dsl.config.mjs'))).toBe(true);
    expect(run.loaded.some((m) => /[\\/]core[\\/]dist[\\/]/.test(m))).toBe(true);
    expect(run.loaded.filter((m) => notForSynth.test(m))).toEqual([]);
    expect(run.loaded.filter((m) => builtinsNotForSynth.test(m))).toEqual([]);
    // The hook sees Node's modules too (synth hashes what it writes with node:crypto).
    expect(run.loaded).toContain('node:crypto');
  });
});
