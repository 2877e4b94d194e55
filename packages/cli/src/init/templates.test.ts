import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import { tempProject } from '../test-support/temp-project.js';
import { memoryOutput } from '../ui/memory-output.js';
import { starterKinds } from './templates.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('dsl init', () => {
  it.each(starterKinds)('writes a %s starter that synthesises', async (kind) => {
    const p = tempProject({});
    cleanup = p.remove;
    expect(await main(['init', kind], memoryOutput(p.dir))).toBe(0);
    const io = memoryOutput(p.dir);
    expect(await main(['synth', '--stdout'], io)).toBe(0);
    expect(io.stdout()).toMatch(/^FROM /);
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
    expect(readFileSync(join(p.dir, 'dsl.config.ts'), 'utf8')).toContain("from: 'scratch'");
  });
});
