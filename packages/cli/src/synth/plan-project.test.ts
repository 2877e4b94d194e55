import { join } from 'node:path';
import { setSourceCapture, sourceOf } from '@dockerdsl/core';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProject } from '../config/load-project.js';
import { tempProject } from '../test-support/temp-project.js';
import { memoryOutput } from '../ui/memory-output.js';
import { main } from '../cli.js';
import { planProject } from './plan-project.js';
import { planSynth } from './plan-synth.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

// The image is built in a second file, so the location must come from re-evaluating the graph.
const project = (workdir: string) => ({
  'dsl.config.ts': "import { defineConfig } from '@dockerdsl/core';\nimport { api } from './images/api.js';\nexport default defineConfig({ images: [api] });\n",
  'images/api.ts': `import { image, stage } from '@dockerdsl/core';\nconst tag: string = 'acme/api:dev';\nexport const api = image('api', {\n  tags: [tag],\n  stages: [\n    stage('main', { from: 'busybox:1.36' })\n      .workdir(${JSON.stringify(workdir)})\n      .cmd(['/bin/sh'])\n      .user('app'),\n  ],\n});\n`,
});

describe('planProject', () => {
  it('evaluates a clean config without capturing source locations, and restores the setting', async () => {
    const p = tempProject(project('/srv'));
    cleanup = p.remove;
    const { config, plan } = await planProject(p.dir, undefined);
    expect(plan.ok).toBe(true);
    expect(plan.diagnostics).toEqual([]);
    const main = (config.images[0] as { toImage(): { stages: { steps: object[] }[] } }).toImage().stages[0]!;
    expect(sourceOf(main.steps[0])).toBeUndefined();
    expect(setSourceCapture(true)).toBe(true);
  });

  it('evaluates again with capture on when there are diagnostics: the same ones a capture-on run gives', async () => {
    const p = tempProject(project(''));
    cleanup = p.remove;
    const { plan } = await planProject(p.dir, undefined);
    expect(plan.ok).toBe(false);
    const withCapture = await loadProject(p.dir);
    expect(plan.diagnostics).toEqual(planSynth(withCapture.config, withCapture.configFile).diagnostics);
    expect(plan.diagnostics[0]).toMatchObject({ severity: 'error', source: { file: join(p.dir, 'images', 'api.ts'), line: 7 } });
  });

  it('makes dsl synth print file:line:col for an error in an imported file', async () => {
    const p = tempProject(project(''));
    cleanup = p.remove;
    const io = memoryOutput(p.dir);
    expect(await main(['synth'], io)).toBe(1);
    expect(io.stderr()).toMatch(/images\/api\.ts:7:\d+/);
  });
});
