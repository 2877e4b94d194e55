import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../test-support/temp-project.js';
import { findConfig } from './find-config.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('findConfig', () => {
  it('finds the config in a folder above the working directory', () => {
    const p = tempProject({ 'dsl.config.mjs': 'export default { images: [] };' });
    cleanup = p.remove;
    mkdirSync(join(p.dir, 'services', 'api'), { recursive: true });
    expect(findConfig(join(p.dir, 'services', 'api'))).toBe(join(p.dir, 'dsl.config.mjs'));
  });

  it('prefers dsl.config.ts over the other names in the same folder', () => {
    const p = tempProject({ 'dsl.config.js': '', 'dsl.config.ts': '', 'dsl.config.mts': '' });
    cleanup = p.remove;
    expect(findConfig(p.dir)).toBe(join(p.dir, 'dsl.config.ts'));
  });

  it('takes --config relative to the working directory, and reports a missing one as undefined', () => {
    const p = tempProject({ 'conf/my.config.ts': '' });
    cleanup = p.remove;
    expect(findConfig(p.dir, 'conf/my.config.ts')).toBe(join(p.dir, 'conf', 'my.config.ts'));
    expect(findConfig(p.dir, 'nope.ts')).toBeUndefined();
  });
});
