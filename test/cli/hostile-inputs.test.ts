import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dsl } from './run-dsl.js';

// Inputs a careless user or an attacker gives the built `dsl`: each must end in a coded
// diagnostic and exit 1, never a hang, a stack trace or an uncoded message.
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dsl-test-hostile-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const image = "{ name: 'a', stages: [{ from: 'busybox:1.36', steps: [{ kind: 'user', user: 'nobody' }] }] }";

/** Runs the built CLI (with a time limit, so a hang fails the test instead of the suite). */
async function run(args: string[], cwd: string): Promise<{ exitCode: number | undefined; all: string }> {
  const result = await dsl(args, cwd);
  return { exitCode: result.exitCode, all: String(result.all) };
}

function expectCoded(result: { exitCode: number | undefined; all: string }, code: string): void {
  expect(result.all).toContain(code);
  expect(result.all).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(result.exitCode, result.all).toBe(1);
}

describe('hostile files (built CLI)', { timeout: 60_000 }, () => {
  it('a FIFO named Dockerfile: DSL5040 for check and import, no hang', async () => {
    const dir = folder({});
    execFileSync('mkfifo', [join(dir, 'Dockerfile')]);
    expectCoded(await run(['check', 'Dockerfile'], dir), 'DSL5040');
    expectCoded(await run(['import', 'Dockerfile'], dir), 'DSL5040');
  });

  it('/dev/zero and a folder given as a file: DSL5040', async () => {
    const dir = folder({ 'sub/Dockerfile': 'FROM busybox:1.36\n' });
    expectCoded(await run(['check', '/dev/zero'], dir), 'DSL5040');
    expectCoded(await run(['import', '/dev/zero'], dir), 'DSL5040');
    expectCoded(await run(['import', 'sub'], dir), 'DSL5040');
  });

  it('a file over 1 MiB: DSL5041', async () => {
    const dir = folder({ Dockerfile: `FROM busybox:1.36\n${'RUN true\n'.repeat(130_000)}` });
    expectCoded(await run(['import', 'Dockerfile'], dir), 'DSL5041');
  });

  it('a Compose file with a bare environment entry imports as a value taken from the host', async () => {
    const dir = folder({ 'compose.yaml': 'services:\n  app:\n    image: busybox:1.36\n    environment: [FOO]\n' });
    const result = await run(['import', 'compose.yaml'], dir);
    expect(result.exitCode, result.all).toBe(0);
    expect(result.all).toContain('FOO: null');
  });

  it('deeply nested YAML: DSL4101 naming the depth limit', async () => {
    const dir = folder({ 'compose.yaml': `services:\n  app:\n    image: busybox:1.36\n    labels: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n` });
    for (const command of ['check', 'import']) {
      const result = await run([command, 'compose.yaml'], dir);
      expectCoded(result, 'DSL4101');
      expect(result.all).toContain('more than 100 levels deep');
    }
  });

  it('import --out into a missing folder: DSL5913', async () => {
    const dir = folder({ Dockerfile: 'FROM busybox:1.36\n' });
    expectCoded(await run(['import', 'Dockerfile', '--out', 'missing/images.ts'], dir), 'DSL5913');
  });
});

describe('hostile configs (built CLI)', { timeout: 60_000 }, () => {
  it('a config exporting a rejected promise: DSL5902, no unhandled-rejection trace', async () => {
    const dir = folder({ 'dsl.config.mjs': "export default Promise.reject(new Error('no config today'));\n" });
    const result = await run(['synth'], dir);
    expectCoded(result, 'DSL5902');
    expect(result.all).toContain('no config today');
  });

  it('a getter that throws: DSL5902', async () => {
    const dir = folder({ 'dsl.config.mjs': "export default { get images() { throw new Error('getter blew up'); } };\n" });
    const result = await run(['synth'], dir);
    expectCoded(result, 'DSL5902');
    expect(result.all).toContain('getter blew up');
  });

  it("compose: 'x': DSL5904 at compose", async () => {
    const dir = folder({ 'dsl.config.mjs': `export default { images: [${image}], compose: 'x' };\n` });
    const result = await run(['synth'], dir);
    expectCoded(result, 'DSL5904');
    expect(result.all).toContain('compose');
  });

  it('an outDir that is a file: DSL5910, the file untouched', async () => {
    const dir = folder({ 'dsl.config.mjs': `export default { images: [${image}], outDir: 'out' };\n`, out: 'a file\n' });
    expectCoded(await run(['synth'], dir), 'DSL5910');
  });
});
