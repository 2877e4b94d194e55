import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compose } from '@dockerdsl/core';
import { importSources } from '../../packages/cli/src/codegen/index.js';
import { evaluateExports, removeScratchDirs, scratchDir } from '../import/load-module.js';
import { typeErrors } from '../import/type-errors.js';
import { describeWithEngine, engineAvailable } from '../support/engine.js';
import { composeConfig } from './support/docker-compose.js';
import { schemaErrors } from './support/schema.js';

// Compose files of today, shaped like real projects': develop.watch, include, models, build
// secrets, ssh and named contexts, and keys the typed model keeps as written. Each one is
// checked, imported to TypeScript that type-checks, and synthesised back; with the engine,
// `docker compose config` reads the synthesised file as it reads the original (goldens in
// corpus/__golden__, regenerated with `-u`).
afterAll(removeScratchDirs);

const corpus = fileURLToPath(new URL('./corpus', import.meta.url));
const files = readdirSync(corpus).filter((f) => f.endsWith('.compose.yaml')).sort();
const dir = scratchDir();

/** The Compose release that first reads a file's keys, for files newer than some engines. */
const minimumCompose: Record<string, string> = { 'models.compose.yaml': '2.38.0' };

/** Every file of the corpus folder (included Compose files, env files, build contexts), by path. */
function corpusFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (name === '__golden__') continue;
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(corpus, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(corpus);
  return out;
}

/** `pgdata: {}` and `pgdata:` declare the same default resource; the compiler writes the latter. */
function defaultsAsNull(stack: Record<string, unknown>): Record<string, unknown> {
  const out = { ...stack };
  for (const kind of ['networks', 'volumes']) {
    const table = out[kind] as Record<string, object | null> | undefined;
    if (table) out[kind] = Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v !== null && Object.keys(v).length === 0 ? null : v]));
  }
  return out;
}

/**
 * `docker compose config` gives a volume mount written in the short syntax (`pgdata:/data`) an
 * empty `volume: {}` that the same mount in the long syntax (what the compiler writes) lacks:
 * the same mount, so empty `volume` objects are dropped before comparing.
 */
function withoutEmptyVolumeOptions(config: Record<string, unknown>): Record<string, unknown> {
  const services = config.services as Record<string, { volumes?: Array<Record<string, unknown>> }>;
  for (const s of Object.values(services ?? {})) {
    for (const m of s.volumes ?? []) if (m.volume !== undefined && Object.keys(m.volume as object).length === 0) delete m.volume;
  }
  return config;
}

/** Imports a file, evaluates the module, compiles the stack back next to the original. */
async function synthesise(file: string): Promise<{ code: string; yaml: string; module: string }> {
  const text = readFileSync(join(corpus, file), 'utf8');
  const { text: code, diagnostics } = importSources([{ file, text }], { cwd: corpus });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const name = file.replace(/\W/g, '_');
  const mod = await evaluateExports(dir, name, code);
  const compiled = compose.compileCompose(Object.values(mod)[0] as compose.ComposeStack, { projectDir: corpus, outDir: '.' });
  expect(compiled.ok ? [] : compiled.diagnostics).toEqual([]);
  return { code, yaml: compiled.files[0]!.text, module: join(dir, `${name}.ts`) };
}

describe('Compose files of today', () => {
  it('the corpus has every element the model types anew', () => {
    const all = files.map((f) => readFileSync(join(corpus, f), 'utf8')).join('\n');
    for (const key of ['develop:', 'include:', 'models:', 'secrets:', 'ssh:', 'additional_contexts:', 'dockerfile_inline:', 'entitlements:', 'logging:', 'ulimits:', 'devices:']) expect(all).toContain(key);
  });

  it.each(files)('%s is valid under the specification schema and checks without errors', (file) => {
    const text = readFileSync(join(corpus, file), 'utf8');
    expect(schemaErrors(text)).toEqual([]);
    expect(compose.checkComposeFile(text, { file }).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(files)('%s imports, and the stack compiles back to the same stack, valid under the schema', async (file) => {
    const { yaml } = await synthesise(file);
    expect(schemaErrors(yaml)).toEqual([]);
    const original = compose.readCompose(readFileSync(join(corpus, file), 'utf8'), { file });
    const again = compose.readCompose(yaml, { file });
    expect(again.diagnostics).toEqual([]);
    const { name: _a, ...expected } = original.stack!;
    const { name: _b, ...actual } = again.stack!;
    expect(defaultsAsNull(actual)).toEqual(defaultsAsNull(expected));
  }, 120_000);

  it('every imported module type-checks (and a control with a mistake does not)', async () => {
    const modules = [];
    for (const file of files) modules.push((await synthesise(file)).module);
    const control = join(dir, 'control.ts');
    writeFileSync(control, "import { compose } from '@dockerdsl/core';\nexport const s = compose.service('web', { image: 'nginx', logging: {}, lgging: {} });\n");
    const errors = typeErrors([...modules, control]);
    expect(errors.filter((e) => !e.startsWith(control))).toEqual([]);
    expect(errors.filter((e) => e.startsWith(control))).toEqual([expect.stringContaining("'lgging'")]);
  }, 120_000);
});

const engineCompose = engineAvailable() ? execFileSync('docker', ['compose', 'version', '--short'], { encoding: 'utf8' }).trim().replace(/^v/, '').replace(/-.*$/, '') : '0';
const atLeast = (version: string, minimum: string) => {
  const [a, b] = [version, minimum].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((a![i] ?? 0) !== (b![i] ?? 0)) return (a![i] ?? 0) > (b![i] ?? 0);
  return true;
};

describeWithEngine('Compose files of today, read by docker compose config', () => {
  for (const file of files) {
    const minimum = minimumCompose[file];
    const run = minimum === undefined || atLeast(engineCompose, minimum) ? it : it.skip;
    run(`${file} reads the same when synthesised from its import${minimum ? ` (needs Compose ${minimum}; this engine has ${engineCompose})` : ''}`, async () => {
      const all = corpusFiles();
      const config = (use: string) => composeConfig(all, { use: [use], project: 'dsl-corpus', format: 'yaml' });
      const original = config(file);
      await expect(`${JSON.stringify(original, null, 2)}\n`).toMatchFileSnapshot(`./corpus/__golden__/${file.replace(/\.ya?ml$/, '.config.json')}`);
      all[`synth.${file}`] = (await synthesise(file)).yaml;
      expect(withoutEmptyVolumeOptions(config(`synth.${file}`))).toEqual(withoutEmptyVolumeOptions(original));
    }, 120_000);
  }
});
