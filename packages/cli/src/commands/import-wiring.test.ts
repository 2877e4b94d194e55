import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import { tempProject } from '../test-support/temp-project.js';
import { memoryOutput } from '../ui/memory-output.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('dsl import (wired into the CLI)', () => {
  it('prints TypeScript for a Dockerfile, and exits 2 without files', async () => {
    const p = tempProject({ 'Dockerfile': 'FROM busybox:1.36\nCMD ["echo", "hi"]\n' });
    cleanup = p.remove;
    const io = memoryOutput(p.dir);
    expect(await main(['import', 'Dockerfile'], io)).toBe(0);
    expect(io.stdout()).toContain("from '@dockerdsl/core'");
    expect(io.stdout()).toContain(".cmd(['echo', 'hi'])");
    expect(await main(['import'], memoryOutput(p.dir))).toBe(2);
  });
});
