import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempProject } from '../test-support/temp-project.js';
import { importNatively } from './native-typescript.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

// Each evaluation of count.mjs appends a line to `log`: a side-effect counter.
const counter = { 'count.mjs': "import { appendFileSync } from 'node:fs';\nappendFileSync(new URL('./log', import.meta.url), 'evaluated\\n');\n" };
const evaluations = (dir: string): number => (existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').split('\n').filter(Boolean).length : 0);

describe('importNatively', () => {
  it('returns the module, having run it once', async () => {
    const p = tempProject({ ...counter, 'entry.mjs': "import './count.mjs';\nexport default { images: [] };\n" });
    cleanup = p.remove;
    const result = await importNatively(join(p.dir, 'entry.mjs'));
    expect(result).toMatchObject({ ran: true, module: { default: { images: [] } } });
    expect(evaluations(p.dir)).toBe(1);
  });

  it('says nothing ran when a module of the static graph cannot load', async () => {
    const p = tempProject({ ...counter, 'entry.mjs': "import './count.mjs';\nimport './missing.mjs';\nexport default {};\n" });
    cleanup = p.remove;
    const result = await importNatively(join(p.dir, 'entry.mjs'));
    expect(result).toMatchObject({ ran: false, error: { code: 'ERR_MODULE_NOT_FOUND' } });
    expect(evaluations(p.dir)).toBe(0);
  });

  it('says the config ran when it threw, or an import failed while it ran', async () => {
    const p = tempProject({ ...counter, 'throws.mjs': "import './count.mjs';\nthrow new Error('boom');\n", 'late.mjs': "import './count.mjs';\nawait import('./missing.mjs');\n" });
    cleanup = p.remove;
    expect(await importNatively(join(p.dir, 'throws.mjs'))).toMatchObject({ ran: true, error: { message: 'boom' } });
    expect(await importNatively(join(p.dir, 'late.mjs'))).toMatchObject({ ran: true, error: { code: 'ERR_MODULE_NOT_FOUND' } });
  });

  it('loads the config without the transpiler where oxc-transform cannot load (Node strips the types then)', async () => {
    vi.doMock('oxc-transform', () => {
      throw new Error('Cannot find native binding');
    });
    try {
      const p = tempProject({ ...counter, 'entry.mjs': "import './count.mjs';\nexport default { images: [] };\n" });
      cleanup = p.remove;
      expect(await importNatively(join(p.dir, 'entry.mjs'))).toMatchObject({ ran: true, module: { default: { images: [] } } });
      expect(evaluations(p.dir)).toBe(1);
    } finally {
      vi.doUnmock('oxc-transform');
    }
  });
});

// A Node that strips types itself: this one, or the one named by DSL_TEST_TS_NODE (CI's Node 20
// cannot; run e.g. `DSL_TEST_TS_NODE=/path/to/node22 npx vitest run <this file>`).
const stripsTypes = (node: string) => spawnSync(node, ['-p', "Boolean(process.features.typescript && require('node:module').registerHooks)"], { encoding: 'utf8' }).stdout.trim() === 'true';
const tsNode = [process.env.DSL_TEST_TS_NODE, process.execPath].find((node) => node !== undefined && node !== '' && stripsTypes(node));
const dsl = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'dsl.js');

// images/api.ts is imported as './images/api.js' (TypeScript's own convention); it records
// whether it ran as an ES module (Node's import) or through jiti's CommonJS transform.
const project = (workdir: string, extra = '') => ({
  'dsl.config.ts': "import { defineConfig } from '@dockerdsl/core';\nimport { api } from './images/api.js';\nexport default defineConfig({ images: [api] });\n",
  'images/api.ts': `import { appendFileSync } from 'node:fs';\nimport { image, stage } from '@dockerdsl/core';\n${extra}appendFileSync(new URL('../log', import.meta.url), typeof require === 'undefined' ? 'native\\n' : 'jiti\\n');\nconst tag: string = 'acme/api:dev';\nexport const api = image('api', {\n  tags: [tag],\n  stages: [\n    stage('main', { from: 'busybox:1.36' })\n      .workdir(${JSON.stringify(workdir)})\n      .cmd(['/bin/sh'])\n      .user('app'),\n  ],\n});\n`,
});

describe.runIf(tsNode)('dsl synth of a TypeScript config on a Node that strips types', () => {
  const synth = (dir: string) => spawnSync(tsNode!, [dsl, 'synth'], { cwd: dir, encoding: 'utf8' });
  const where = (files: Record<string, string>, text: string) => {
    const lines = files['images/api.ts']!.split('\n');
    const line = lines.findIndex((l) => l.includes(text));
    return `images/api.ts:${line + 1}:${lines[line]!.indexOf(text) + 1}`;
  };

  it('imports it natively, once, and places a diagnostic where it was written', () => {
    const files = project('');
    const p = tempProject(files);
    cleanup = p.remove;
    const run = synth(p.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(where(files, 'workdir('));
    expect(readFileSync(join(p.dir, 'log'), 'utf8')).toBe('native\n');
  });

  it('transpiles what type stripping alone cannot run (an enum, which moves lines), still natively and once', () => {
    const files = project('', 'enum Kind {\n  Api,\n  Web,\n}\nvoid Kind.Api;\n');
    const p = tempProject(files);
    cleanup = p.remove;
    const run = synth(p.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(where(files, 'workdir('));
    expect(readFileSync(join(p.dir, 'log'), 'utf8')).toBe('native\n');
  });

  it('falls back to jiti for a module Node cannot resolve (an import without extension), still evaluating once', () => {
    const files = project('');
    files['dsl.config.ts'] = files['dsl.config.ts']!.replace("'./images/api.js'", "'./images/api'");
    const p = tempProject(files);
    cleanup = p.remove;
    const run = synth(p.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(where(files, 'workdir('));
    expect(readFileSync(join(p.dir, 'log'), 'utf8')).toBe('jiti\n');
  });

  it('reports a config that does not parse where it stops parsing, running nothing', () => {
    const files = project('', 'const broken: number = ;\n');
    const p = tempProject(files);
    cleanup = p.remove;
    const run = synth(p.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/images\/api\.ts:3:\d+ error DSL5901/);
    expect(existsSync(join(p.dir, 'log'))).toBe(false);
  });

  it('writes the files of a clean config', () => {
    const p = tempProject(project('/srv'));
    cleanup = p.remove;
    const run = synth(p.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(p.dir, '.dsl', 'out', 'api.Dockerfile'))).toBe(true);
    expect(readFileSync(join(p.dir, 'log'), 'utf8')).toBe('native\n');
  });
});
