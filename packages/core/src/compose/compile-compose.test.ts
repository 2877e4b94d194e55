import { describe, expect, it } from 'vitest';
import { image } from '../builders/image-builder.js';
import { stage } from '../builders/stage-factory.js';
import { compileImage, type CompileResult } from '../compile/compile-image.js';
import { compileCompose, stackImages } from './compile-compose.js';
import { service } from './define-service.js';
import { stack } from './stack.js';

const api = image('api', { stages: [stage('main', { from: 'busybox:1.36' }).user('app').cmd(['/bin/sh'])] });
const shop = stack('shop', { services: [service('api', { build: { image: api } })] });

describe('compileCompose with images the caller compiled', () => {
  it('lists the images a stack builds, and none for a stack that does not validate', () => {
    expect(stackImages(shop).map((i) => i.name)).toEqual(['api']);
    expect(stackImages({ name: 'broken', services: 'x' } as never)).toEqual([]);
  });

  it("uses the caller's results instead of compiling the images again", () => {
    const own = compileImage(stackImages(shop)[0]!) as Extract<CompileResult, { ok: true }>;
    const compiled = new Map<string, CompileResult>([['api', { ...own, dockerfile: 'FROM compiled-once\n' }]]);
    const result = compileCompose(shop, { compiled, dockerfiles: true });
    expect(result.files.find((f) => f.path === 'api.Dockerfile')?.text).toBe('FROM compiled-once\n');
  });

  it('writes no files when one of those images failed, leaving its diagnostics to the caller', () => {
    const failed: CompileResult = { ok: false, diagnostics: [{ code: 'DSL1001', rule: 'InvalidField', severity: 'error', message: 'bad', path: ['images', 'api'] }] };
    const result = compileCompose(shop, { compiled: new Map([['api', failed]]) });
    expect(result).toMatchObject({ ok: false, files: [], diagnostics: [] });
  });
});
