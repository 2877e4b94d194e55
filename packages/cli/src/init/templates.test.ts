import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import { tempProject } from '../test-support/temp-project.js';
import { memoryOutput } from '../ui/memory-output.js';
import { imageNameFor, starterConfig, starterKinds } from './templates.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

// The first init loads the TypeScript compiler (to read tsconfig.json as tsc does): slow when cold.
describe('dsl init', { timeout: 120_000 }, () => {
  it.each(starterKinds)('writes a %s starter on its preset that synthesises', async (kind) => {
    const p = tempProject({});
    cleanup = p.remove;
    expect(await main(['init', kind], memoryOutput(p.dir))).toBe(0);
    expect(readFileSync(join(p.dir, 'dsl.config.ts'), 'utf8')).toContain("from '@dockerdsl/presets'");
    const io = memoryOutput(p.dir);
    expect(await main(['synth', '--stdout'], io)).toBe(0);
    expect(io.stdout()).toMatch(/^FROM /m);
    expect(io.stdout()).toMatch(/--mount=type=cache/);
    expect(io.stdout()).toMatch(/\nUSER \d+/);
    expect(io.stdout()).toMatch(/\nHEALTHCHECK /);
    expect(io.stdout()).toMatch(/\n(CMD|ENTRYPOINT) \[/);
  });

  it('refuses to replace a config without --force and rejects an unknown kind', async () => {
    const p = tempProject({ 'dsl.config.ts': '// mine\n' });
    cleanup = p.remove;
    expect(await main(['init', 'go'], memoryOutput(p.dir))).toBe(1);
    expect(readFileSync(join(p.dir, 'dsl.config.ts'), 'utf8')).toBe('// mine\n');
    const io = memoryOutput(p.dir);
    expect(await main(['init', 'pyhton'], io)).toBe(2);
    expect(io.stderr()).toContain("did you mean 'python'?");
    expect(await main(['init', 'go', '--force'], memoryOutput(p.dir))).toBe(0);
    expect(existsSync(join(p.dir, 'dsl.config.ts'))).toBe(true);
    expect(readFileSync(join(p.dir, 'dsl.config.ts'), 'utf8')).toContain('goApp(');
  });

  it('writes where --config says and prints the synth command that finds it', async () => {
    const p = tempProject({});
    cleanup = p.remove;
    const io = memoryOutput(p.dir);
    expect(await main(['init', 'python', '--config', 'docker/images.ts'], io)).toBe(0);
    expect(readFileSync(join(p.dir, 'docker', 'images.ts'), 'utf8')).toContain('pythonApp(');
    expect(existsSync(join(p.dir, 'dsl.config.ts'))).toBe(false);
    expect(io.stdout()).toContain('npx dsl synth --config docker/images.ts');
    const synth = memoryOutput(p.dir);
    expect(await main(['synth', '--stdout', '--config', 'docker/images.ts'], synth)).toBe(0);
    expect(synth.stdout()).toMatch(/^FROM python:/m);
  });

  it('makes a fresh package an ES module one, with a tsconfig, .gitignore entries and the install command', async () => {
    const p = tempProject({ 'package.json': '{\n    "name": "@acme/Web_API",\n    "type": "commonjs"\n}\n', '.gitignore': 'node_modules' });
    cleanup = p.remove;
    const io = memoryOutput(p.dir);
    expect(await main(['init'], io)).toBe(0);
    expect(JSON.parse(readFileSync(join(p.dir, 'package.json'), 'utf8'))).toEqual({ name: '@acme/Web_API', type: 'module' });
    expect(readFileSync(join(p.dir, 'package.json'), 'utf8')).toContain('\n    "type": "module"');
    expect(readFileSync(join(p.dir, '.gitignore'), 'utf8')).toBe('node_modules\n.dsl/\n');
    expect(JSON.parse(readFileSync(join(p.dir, 'tsconfig.json'), 'utf8')).compilerOptions).toMatchObject({ module: 'NodeNext', strict: true, noEmit: true });
    expect(readFileSync(join(p.dir, 'dsl.config.ts'), 'utf8')).toContain("name: 'web-api'");
    expect(io.stdout()).toContain('npm install --save-dev @dockerdsl/cli@^0.1.0 @dockerdsl/core@^0.1.0 @dockerdsl/presets@^0.1.0 typescript @types/node');
  });

  it('keeps a package with CommonJS code as it is and writes dsl.config.mts instead', async () => {
    const p = tempProject({ 'package.json': '{ "name": "legacy", "main": "index.js", "devDependencies": { "typescript": "5.9.3" } }', 'index.js': 'module.exports = 1;\n', 'pnpm-lock.yaml': '' });
    cleanup = p.remove;
    const io = memoryOutput(p.dir);
    expect(await main(['init', 'go'], io)).toBe(0);
    expect(existsSync(join(p.dir, 'dsl.config.mts'))).toBe(true);
    expect(JSON.parse(readFileSync(join(p.dir, 'package.json'), 'utf8')).type).toBeUndefined();
    expect(io.stdout()).toContain('pnpm add -D @dockerdsl/cli@^0.1.0 @dockerdsl/core@^0.1.0 @dockerdsl/presets@^0.1.0 @types/node\n');
    const rejected = memoryOutput(p.dir);
    expect(await main(['init', 'go', '--config', 'images.ts'], rejected)).toBe(2);
    expect(rejected.stderr()).toContain('name the config .mts');
  });

  it('adds the config to an existing tsconfig that does not cover it, keeping its comments', async () => {
    const tsconfig = '{\n  // ours\n  "compilerOptions": { "module": "NodeNext", "strict": true },\n  "include": ["src"]\n}\n';
    const p = tempProject({ 'package.json': '{ "name": "svc", "type": "module" }', 'tsconfig.json': tsconfig, 'src/a.ts': 'export {};\n' });
    cleanup = p.remove;
    const io = memoryOutput(p.dir);
    expect(await main(['init'], io)).toBe(0);
    const after = readFileSync(join(p.dir, 'tsconfig.json'), 'utf8');
    expect(after).toContain('// ours');
    expect(after).toMatch(/"include": \[\s*"src",\s*"dsl.config.ts"\s*\]/);
    expect(io.stderr()).toBe('');
    // Covered now: a second init (forced) leaves it alone.
    expect(await main(['init', '--force'], memoryOutput(p.dir))).toBe(0);
    expect(readFileSync(join(p.dir, 'tsconfig.json'), 'utf8')).toBe(after);
  });

  it('warns when the existing tsconfig cannot read package exports', async () => {
    const p = tempProject({ 'package.json': '{ "name": "svc", "type": "module" }', 'tsconfig.json': '{ "compilerOptions": { "module": "CommonJS" } }' });
    cleanup = p.remove;
    const io = memoryOutput(p.dir);
    expect(await main(['init'], io)).toBe(0);
    expect(io.stderr()).toContain('"moduleResolution" to "NodeNext" or "Bundler"');
  });
});

describe('imageNameFor', () => {
  it.each([
    ['@acme/Web_API', 'web-api'],
    ['my.service', 'my-service'],
    ['42', 'app'],
    ['', 'app'],
  ])('%s → %s', (raw, name) => expect(imageNameFor(raw)).toBe(name));

  it('names the variable in camel case', () => {
    expect(starterConfig('node', 'web-api')).toContain('const webApi = nodeApp({');
  });
});
