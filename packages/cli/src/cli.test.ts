import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, version } from './cli.js';
import { memoryOutput } from './ui/memory-output.js';
import { tempProject, twoImageConfig } from './test-support/temp-project.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function project(files: Record<string, string>): string {
  const p = tempProject(files);
  cleanup = p.remove;
  return p.dir;
}

describe('dsl', () => {
  it('has a semver version', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers --help and --version for every command without running it', async () => {
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
    try {
      for (const command of ['synth', 'build', 'check', 'import', 'init', 'ls']) {
        expect(await main([command, '--help'], memoryOutput('/'))).toBe(0);
        expect(printed.at(-1)).toContain(`$ dsl ${command}`);
      }
      expect(await main(['--version'], memoryOutput('/'))).toBe(0);
      expect(printed.at(-1)).toContain(version);
    } finally {
      spy.mockRestore();
    }
  });

  it('exits 2 on an unknown command or an unknown flag', async () => {
    const io = memoryOutput('/');
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr()).toContain("unknown command 'frobnicate'");
    const io2 = memoryOutput('/');
    expect(await main(['synth', '--bogus'], io2)).toBe(2);
    expect(io2.stderr()).toContain("unknown option '--bogus'");
  });

  it('synth writes the files and says where they went', async () => {
    const dir = project({ 'dsl.config.ts': twoImageConfig });
    const io = memoryOutput(dir);
    expect(await main(['synth'], io)).toBe(0);
    expect(io.stdout()).toContain('dsl synth: 2 images → .dsl/out');
    expect(io.stdout()).toMatch(/app\.Dockerfile\s+written/);
  });

  it('synth --check exits 1 with a diff when stale, 0 when fresh, and writes nothing', async () => {
    const dir = project({ 'dsl.config.ts': twoImageConfig });
    const stale = memoryOutput(dir);
    expect(await main(['synth', '--check'], stale)).toBe(1);
    expect(stale.stdout()).toContain('+++ b/.dsl/out/app.Dockerfile');
    expect(stale.stderr()).toContain('app.Dockerfile missing');
    await main(['synth'], memoryOutput(dir));
    expect(await main(['synth', '--check'], memoryOutput(dir))).toBe(0);
  });

  it('synth --json and --stdout print machine-readable and raw output', async () => {
    const dir = project({ 'dsl.config.ts': twoImageConfig });
    const io = memoryOutput(dir);
    expect(await main(['synth', '--json', '--out', 'gen'], io)).toBe(0);
    expect(JSON.parse(io.stdout())).toMatchObject({ ok: true, outDir: 'gen', images: ['base', 'app'] });
    const raw = memoryOutput(dir);
    expect(await main(['synth', '--stdout'], raw)).toBe(0);
    expect(raw.stdout()).toContain('# ==> app.Dockerfile <==\nFROM acme/base:dev AS main\n');
  });

  it('prints definition errors like a compiler and exits 1 without writing', async () => {
    const dir = project({ 'dsl.config.mjs': "export default { images: [{ name: 'bad', stages: [{ from: 'busybox', steps: [{ kind: 'cmd', command: [] }] }] }] };" });
    const io = memoryOutput(dir);
    expect(await main(['synth'], io)).toBe(1);
    expect(io.stderr()).toMatch(/error DSL1\d{3} /);
    expect(io.stderr()).toContain('→ at images.bad.stages[0].steps[0].command');
    expect(io.stderr()).toContain('nothing was written');
  });

  it('shows a config syntax error as file:line:col without a stack trace', async () => {
    const dir = project({ 'dsl.config.ts': 'export default {\n  images: [\n    { name: "a" stages: [] },\n  ],\n};\n' });
    const io = memoryOutput(dir);
    expect(await main(['ls'], io)).toBe(1);
    expect(io.stderr()).toMatch(/^dsl\.config\.ts:3:\d+ error DSL5901 the config does not parse/);
    expect(io.stderr()).not.toMatch(/\n\s+at /);
  });

  it('reports a missing config with a hint', async () => {
    const io = memoryOutput('/');
    expect(await main(['synth'], io)).toBe(1);
    expect(io.stderr()).toContain('DSL5903');
    expect(io.stderr()).toContain('dsl init');
  });

  it('ls lists images, stages, tags and dependencies', async () => {
    const dir = project({ 'dsl.config.ts': twoImageConfig });
    const io = memoryOutput(dir);
    expect(await main(['ls', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout()).images).toEqual([
      { name: 'base', tags: ['acme/base:dev'], stages: ['main'], target: 'main', dependsOn: [] },
      { name: 'app', tags: ['acme/app:dev'], stages: ['main'], target: 'main', dependsOn: ['base'] },
    ]);
  });

  it('build --dry-run prints the docker commands in dependency order', async () => {
    const dir = project({ 'dsl.config.ts': twoImageConfig });
    const io = memoryOutput(dir, { DSL_NO_BUILDX: '1' });
    expect(await main(['build', 'app', '--dry-run', '--no-cache', '--platform', 'linux/amd64'], io)).toBe(0);
    const out = join(dir, '.dsl', 'out');
    expect(io.stdout()).toBe(
      `docker build -f ${out}/base.Dockerfile -t acme/base:dev --platform linux/amd64 --no-cache ${dir}\n` +
        `docker build -f ${out}/app.Dockerfile -t acme/app:dev --platform linux/amd64 --no-cache ${dir}\n`,
    );
  });

  it('build rejects an unknown image and a bad --concurrency as usage errors', async () => {
    const dir = project({ 'dsl.config.ts': twoImageConfig });
    const io = memoryOutput(dir);
    expect(await main(['build', 'ap', '--dry-run'], io)).toBe(2);
    expect(io.stderr()).toContain("no image named 'ap' (did you mean 'app'?)");
    expect(await main(['build', '--concurrency', '0'], memoryOutput(dir))).toBe(2);
  });

  it('check runs the rules over the definitions and prints them as JSON, failing only on errors', async () => {
    const dir = project({ 'dsl.config.ts': twoImageConfig });
    const io = memoryOutput(dir);
    expect(await main(['check', '--json'], io)).toBe(0);
    const { diagnostics: findings } = JSON.parse(io.stdout()) as { diagnostics: { code: string; severity: string }[] };
    expect(findings).toContainEqual(expect.objectContaining({ code: 'DSL3010', severity: 'warning' }));
    expect(await main(['check', '--strict'], memoryOutput(dir))).toBe(1);
  });

  it('check FILE reads Dockerfiles and prints findings with their line, in GitHub format too', async () => {
    const dir = project({ 'Dockerfile': 'FROM busybox:1.36 AS build\nRUN true\nFROM busybox:1.36\nCOPY --from=biuld /x /x\n' });
    const io = memoryOutput(dir);
    expect(await main(['check', 'Dockerfile'], io)).toBe(1);
    expect(io.stdout()).toMatch(/^Dockerfile:4:\d+ error DSL\d{4} .*biuld/m);
    const gh = memoryOutput(dir);
    expect(await main(['check', 'Dockerfile', '--format', 'github'], gh)).toBe(1);
    expect(gh.stdout()).toMatch(/^::error file=Dockerfile,line=4/m);
    expect(await main(['check', 'Dockerfile', '--format', 'xml'], memoryOutput(dir))).toBe(2);
  });
});
