import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import { tempProject } from '../test-support/temp-project.js';
import { memoryOutput } from '../ui/memory-output.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

// `noisy` has one warning (DSL3010, no USER) and info findings; `quiet` has no warning.
const noisy = "{ name: 'noisy', stages: [{ name: 'main', from: 'alpine:3.20', steps: [{ kind: 'run', command: 'cd /tmp && apk add curl' }] }] }";
const quiet = "{ name: 'quiet', stages: [{ name: 'main', from: 'busybox:1.36', steps: [{ kind: 'user', user: '1000' }, { kind: 'cmd', command: ['true'] }] }] }";
const config = `export default { images: [${noisy}, ${quiet}] };\n`;
// An error: a stage copies from one that is not declared.
const broken = "export default { images: [{ name: 'bad', stages: [{ name: 'main', from: 'busybox:1.36', steps: [{ kind: 'copy', sources: ['/x'], dest: '/x', from: { stage: 'biuld' } }] }] }] };\n";

function project(text = config): string {
  const p = tempProject({ 'dsl.config.ts': text });
  cleanup = p.remove;
  return p.dir;
}

async function run(args: string[], dir: string): Promise<{ code: number; out: string; err: string }> {
  const io = memoryOutput(dir);
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('dsl synth --failure-threshold', () => {
  it('fails on findings at the threshold or above, writing nothing; the default fails on errors only', async () => {
    const dir = project();
    const atWarning = await run(['synth', '--failure-threshold', 'warning'], dir);
    expect(atWarning.code).toBe(1);
    expect(atWarning.err).toContain('DSL3010');
    expect(atWarning.err).toContain('synth failed: 1 finding at --failure-threshold warning or above; nothing was written\n');
    expect(existsSync(join(dir, '.dsl'))).toBe(false);
    expect((await run(['synth', '--failure-threshold', 'info'], dir)).err).toMatch(/synth failed: \d+ findings at --failure-threshold info or above/);
    expect((await run(['synth', '--check', '--failure-threshold', 'warning'], dir)).code).toBe(1);
    expect(JSON.parse((await run(['synth', '--stdout', '--json', '--failure-threshold', 'warning'], dir)).out)).toMatchObject({ ok: false });
    expect((await run(['synth', '--failure-threshold', 'none'], dir)).code).toBe(0);
    expect((await run(['synth', '--failure-threshold', 'error'], dir)).code).toBe(0);
    expect((await run(['synth'], dir)).code).toBe(0);
  });

  it('still fails on errors at none, since nothing can be written', async () => {
    const r = await run(['synth', '--failure-threshold', 'none'], project(broken));
    expect(r.code).toBe(1);
    expect(r.err).toContain('nothing was written');
  });

  it('rejects an unknown level with exit 2, as check does', async () => {
    const dir = project();
    for (const command of ['synth', 'build', 'check']) {
      const r = await run([command, '--failure-threshold', 'style'], dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain("--failure-threshold is one of error, warning, info, none, not 'style'");
    }
    expect((await run(['synth', '--failure-threshold'], dir)).err).toContain('--failure-threshold needs a value');
  });
});

describe('dsl build --failure-threshold', () => {
  it('stops before building on findings at the threshold or above, and shows info findings when they count', async () => {
    const dir = project();
    const atWarning = await run(['build', '--dry-run', '--failure-threshold', 'warning'], dir);
    expect(atWarning).toMatchObject({ code: 1, out: '' });
    expect(atWarning.err).toContain('build stopped: 1 finding at --failure-threshold warning or above in the definitions\n');
    const atInfo = await run(['build', '--dry-run', '--failure-threshold', 'info'], dir);
    expect(atInfo.code).toBe(1);
    expect(atInfo.err).toContain('DSL3016');
    expect(JSON.parse((await run(['build', '--dry-run', '--json', '--failure-threshold', 'warning'], dir)).out)).toMatchObject({ ok: false });
  });

  it('counts only the findings of the images asked for, and never fails on findings at none', async () => {
    const dir = project();
    expect((await run(['build', 'quiet', '--dry-run', '--failure-threshold', 'warning'], dir)).code).toBe(0);
    expect((await run(['build', '--dry-run', '--failure-threshold', 'none'], dir)).code).toBe(0);
    const byDefault = await run(['build', '--dry-run'], dir);
    expect(byDefault.code).toBe(0);
    expect(byDefault.err).not.toContain('DSL3016');
  });
});
