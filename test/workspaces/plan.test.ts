import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../packages/cli/src/plan/build-plan.js';
import { contextFiles } from '../../packages/cli/src/plan/context-files.js';
import { planProject } from '../../packages/cli/src/synth/plan-project.js';
import type { SynthResult } from '@dockerdsl/core';

// The proof, on the real example: which images a change affects, and in what levels.
const example = resolve(import.meta.dirname, '../../examples/workspaces');
let plan: SynthResult;
let configFile: string;

beforeAll(async () => {
  const project = await planProject(example, undefined, { cwd: example });
  plan = project.plan;
  configFile = project.configFile;
  expect(plan.ok, JSON.stringify(plan.diagnostics)).toBe(true);
});

const affected = (...files: string[]) => buildPlan({ images: plan.images, root: plan.root, configFile, changed: files.map((f) => join(example, f)) });
const names = (...files: string[]) => affected(...files).images.map((i) => i.name);

describe('dsl plan on examples/workspaces', () => {
  it('touching packages/shared affects both apps, and nothing else', () => {
    expect(names('packages/shared/src/index.ts')).toEqual(['api', 'web']);
    expect(affected('packages/shared/src/index.ts').images[0]!.reasons).toEqual(['packages/shared/src/index.ts']);
  });

  it('touching apps/web affects only web', () => {
    expect(names('apps/web/src/server.ts')).toEqual(['web']);
    expect(names('apps/web/package.json')).toEqual(['web']);
  });

  it('a README no COPY reads affects nothing', () => {
    expect(names('README.md')).toEqual([]);
    expect(affected('README.md').levels).toEqual([]);
  });

  it('the root lockfile affects every Node image, not the Go service', () => {
    expect(names('package-lock.json')).toEqual(['api', 'web']);
  });

  it('files .dockerignore leaves out affect nothing, even inside a copied folder', () => {
    expect(names('apps/api/dist/server.js', 'packages/shared/node_modules/x/index.js')).toEqual([]);
  });

  it('the Go service is affected by its own module only', () => {
    expect(names('services/status/main.go')).toEqual(['status']);
    expect(names('packages/config/src/index.ts')).toEqual(['api', 'web']);
  });

  it('levels respect FROM dependencies: the Node bases before the apps built FROM them', () => {
    const change = affected('generated/node-runtime.Dockerfile');
    expect(change.levels).toEqual([['node-runtime'], ['node-build'], ['api', 'web']]);
    expect(change.images.find((i) => i.name === 'api')!.reasons).toEqual(['FROM node-build (ws-example/node-build:dev)', 'FROM node-runtime (ws-example/node-runtime:dev)']);
    expect(change.matrix.include).toEqual([
      { image: 'node-runtime', level: 0 },
      { image: 'node-build', level: 1 },
      { image: 'api', level: 2 },
      { image: 'web', level: 2 },
    ]);
  });

  it('the config file affects every image; no changes given plans every image in levels', () => {
    expect(names('dsl.config.ts')).toEqual(['node-runtime', 'node-build', 'api', 'web', 'status']);
    expect(buildPlan({ images: plan.images, root: plan.root, configFile }).levels).toEqual([['node-runtime', 'status'], ['node-build'], ['api', 'web']]);
  });

  it("api's context holds its closure and the root manifests, and nothing of apps/web", () => {
    const api = plan.images.find((i) => i.image.name === 'api')!;
    const files = contextFiles(example, api.image.dockerignore!);
    expect(files).toContain('apps/api/src/server.ts');
    expect(files).toContain('packages/shared/src/index.ts');
    expect(files).toContain('package-lock.json');
    expect(files.filter((f) => f.startsWith('apps/web') || f.startsWith('services/') || f.startsWith('generated/') || f.startsWith('images/'))).toEqual([]);
  });
});
