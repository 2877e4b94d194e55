import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compose, type Image } from '@dockerdsl/core';
import { importSources } from '../../packages/cli/src/codegen/index.js';
import { describeWithEngine } from '../support/engine.js';
import { evaluateExports, scratchDir, removeScratchDirs } from './load-module.js';

afterAll(removeScratchDirs);

const seeds = fileURLToPath(new URL('../seed-examples', import.meta.url));
const shop = fileURLToPath(new URL('./fixtures/shop', import.meta.url));
const composeSeeds = readdirSync(seeds).filter((f) => f.endsWith('.compose.yaml')).sort();
const dir = scratchDir();

/** Imports one Compose file, evaluates the module and compiles its stack back to YAML. */
async function roundTrip(file: string, text: string, projectDir: string): Promise<string> {
  const { text: code, diagnostics } = importSources([{ file, text }], { cwd: projectDir });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const mod = await evaluateExports(dir, file.replace(/\W/g, '_'), code);
  const compiled = compose.compileCompose(Object.values(mod)[0] as compose.ComposeStack, { projectDir, outDir: '.' });
  expect(compiled.ok ? [] : compiled.diagnostics).toEqual([]);
  return compiled.files[0]!.text;
}

function withoutName(stack: compose.ComposeStack | undefined): unknown {
  const { name: _name, ...rest } = stack ?? { services: {} };
  return rest;
}

const importable = composeSeeds.filter((f) => f !== 'depends-on.compose.yaml');

describe('dsl import of Compose files', () => {
  it.each(importable)('%s: import → evaluate → compile reads back as the same stack', async (file) => {
    const text = readFileSync(join(seeds, file), 'utf8');
    const yaml = await roundTrip(file, text, seeds);
    expect(withoutName(compose.readCompose(yaml, { file }).stack)).toEqual(withoutName(compose.readCompose(text, { file }).stack));
  });

  it('uses handles for networks, volumes, secrets and dependencies, and keeps extension fields', async () => {
    const text = readFileSync(join(shop, 'compose.yaml'), 'utf8');
    const { text: code } = importSources([{ file: 'compose.yaml', text }], { cwd: shop });
    expect(code).toContain("const backendNetwork = compose.network('backend');");
    expect(code).toContain('dependsOn: [db.healthy()]');
    expect(code).toContain('dependsOn: [api]');
    expect(code).toContain("{ network: backendNetwork, aliases: ['database'] }");
    expect(code).toContain("extensions: { 'x-owner': 'platform' }");
    const yaml = await roundTrip('compose.yaml', text, shop);
    // `backend: {}` and `backend:` declare the same default network; the compiler writes the latter.
    const original = compose.readCompose(text).stack!;
    expect(compose.readCompose(yaml).stack).toEqual({ ...original, networks: { backend: null } });
  });

  it('rejects a file whose service depends on a service it does not define (as docker compose does)', () => {
    const { text, diagnostics } = importSources([{ file: 'depends-on.compose.yaml', text: readFileSync(join(seeds, 'depends-on.compose.yaml'), 'utf8') }]);
    expect(text).toBe('');
    expect(diagnostics.map((d) => d.code)).toEqual(['DSL5031']);
  });

  it('points a service at the image when its Dockerfile is imported in the same module', async () => {
    const inputs = ['api/Dockerfile', 'compose.yaml'].map((file) => ({ file, text: readFileSync(join(shop, file), 'utf8') }));
    const { text: code, diagnostics } = importSources(inputs, { cwd: shop });
    expect(diagnostics).toEqual([]);
    expect(code).toContain("build: { image: api, context: './api' }");
    const mod = await evaluateExports(dir, 'shop_with_image', code);
    const stack = mod.shop as compose.ComposeStack;
    // The build context stays the service's folder: `COPY . .` in api/Dockerfile copies ./api, not the project.
    const compiled = compose.compileCompose(stack, { projectDir: shop, outDir: 'docker' });
    expect((compose.readCompose(compiled.files[0]!.text).stack!.services.api!.build as { context: string }).context).toBe('../api');
    expect((stack.services.api!.build!.image as Image).stages.map((s) => s.name)).toEqual(['deps', undefined]);
  });
});

describeWithEngine('dsl import of Compose files, checked by docker compose config', () => {
  it.each(importable)('%s gives the same `docker compose config` output', async (file) => {
    const text = readFileSync(join(seeds, file), 'utf8');
    const yaml = await roundTrip(file, text, seeds);
    const out = join(seeds === dir ? dir : scratchDir(), 'compose.yaml');
    writeFileSync(out, yaml);
    const config = (f: string, cwd: string): string =>
      execFileSync('docker', ['compose', '-p', 'dsl-test-import', '--project-directory', cwd, '-f', f, 'config'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(config(out, seeds)).toBe(config(join(seeds, file), seeds));
  });
});
