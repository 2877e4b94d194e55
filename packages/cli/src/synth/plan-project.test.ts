import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../test-support/temp-project.js';
import { memoryOutput } from '../ui/memory-output.js';
import { main } from '../cli.js';
import { planProject } from './plan-project.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

// The image is built in a second file, so the location must come from that file. Each
// evaluation of images/api.ts appends a line to evaluations.log: a side-effect counter.
const project = (workdir: string) => ({
  'dsl.config.ts': "import { defineConfig } from '@dockerdsl/core';\nimport { api } from './images/api.js';\nexport default defineConfig({ images: [api] });\n",
  'images/api.ts': `import { appendFileSync } from 'node:fs';\nimport { image, stage } from '@dockerdsl/core';\nappendFileSync(new URL('../evaluations.log', import.meta.url), 'evaluated\\n');\nconst tag: string = 'acme/api:dev';\nexport const api = image('api', {\n  tags: [tag],\n  stages: [\n    stage('main', { from: 'busybox:1.36' })\n      .workdir(${JSON.stringify(workdir)})\n      .cmd(['/bin/sh'])\n      .user('app'),\n  ],\n});\n`,
});

const evaluations = (dir: string): number => readFileSync(join(dir, 'evaluations.log'), 'utf8').split('\n').filter(Boolean).length;

describe('planProject', () => {
  it('evaluates a clean config once', async () => {
    const p = tempProject(project('/srv'));
    cleanup = p.remove;
    const { plan } = await planProject(p.dir, undefined);
    expect(plan.ok).toBe(true);
    expect(plan.diagnostics).toEqual([]);
    expect(evaluations(p.dir)).toBe(1);
  });

  it('evaluates a config with diagnostics once, and places them in the file that wrote the step', async () => {
    const p = tempProject(project(''));
    cleanup = p.remove;
    const { plan } = await planProject(p.dir, undefined);
    expect(plan.ok).toBe(false);
    expect(plan.diagnostics[0]).toMatchObject({ severity: 'error', source: { file: join(p.dir, 'images', 'api.ts'), line: 9 } });
    expect(evaluations(p.dir)).toBe(1);
  });

  it('makes dsl synth print file:line:col for an error in an imported file, evaluating the config once', async () => {
    const p = tempProject(project(''));
    cleanup = p.remove;
    const io = memoryOutput(p.dir);
    expect(await main(['synth'], io)).toBe(1);
    expect(io.stderr()).toMatch(/images\/api\.ts:9:\d+/);
    expect(evaluations(p.dir)).toBe(1);
  });
});
