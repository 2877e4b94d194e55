import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject, twoImageConfig } from '../test-support/temp-project.js';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function loadError(files: Record<string, string>, name: string): Promise<ConfigError> {
  const p = tempProject(files);
  cleanup = p.remove;
  const error = await loadConfig(join(p.dir, name)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('loadConfig', () => {
  it('loads a TypeScript config with type annotations and returns its default export', async () => {
    const p = tempProject({ 'dsl.config.ts': twoImageConfig });
    cleanup = p.remove;
    const config = await loadConfig(join(p.dir, 'dsl.config.ts'));
    expect(config.images.map((i) => (i as { name: string }).name)).toEqual(['base', 'app']);
  });

  it('loads a .mjs config natively and a .mts config through the loader', async () => {
    const p = tempProject({ 'a.mjs': 'export default { images: [{ name: "x" }] };', 'b.mts': 'const n: string = "y";\nexport default { images: [{ name: n }] };' });
    cleanup = p.remove;
    expect((await loadConfig(join(p.dir, 'a.mjs'))).images).toEqual([{ name: 'x' }]);
    expect((await loadConfig(join(p.dir, 'b.mts'))).images).toEqual([{ name: 'y' }]);
  });

  it('reports a syntax error with the file, line and column', async () => {
    const error = await loadError({ 'dsl.config.ts': 'const a: number = 1;\nexport default {\n  images: [,\n  oops: ,\n};\n' }, 'dsl.config.ts');
    expect(error.diagnostic).toMatchObject({ code: 'DSL5901', severity: 'error', source: { line: 4, file: expect.stringMatching(/dsl\.config\.ts$/) } });
    expect(error.diagnostic.source!.column).toBeGreaterThan(1);
    expect(error.diagnostic.message).toMatch(/^the config does not parse: /);
  });

  it('reports an error thrown while the config runs at the line that threw, without a stack trace', async () => {
    const error = await loadError({ 'dsl.config.ts': 'type T = { images: unknown[] };\nconst make = (): T => ({ images: [] });\nconst broken: any = undefined;\nexport default { ...make(), more: broken.images.length };\n' }, 'dsl.config.ts');
    expect(error.diagnostic).toMatchObject({ code: 'DSL5902', source: { line: 4 } });
    expect(error.diagnostic.message).toMatch(/TypeError: Cannot read properties of undefined/);
    expect(error.diagnostic.message).not.toMatch(/\n\s+at /);
  });

  it('rejects a module that does not export a config', async () => {
    const error = await loadError({ 'dsl.config.mjs': 'export const images = 3;' }, 'dsl.config.mjs');
    expect(error.diagnostic).toMatchObject({ code: 'DSL5904', hint: expect.stringContaining('defineConfig') });
  });
});
