import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, version } from './cli.js';
import { tempProject } from './test-support/temp-project.js';
import { memoryOutput } from './ui/memory-output.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

// One warning (DSL3010, no USER) and three info findings (DSL3024, DSL3025, DSL3016).
const dockerfile = 'FROM alpine:3.20\nRUN apk add curl\nRUN cd /tmp && echo hi\n';
const config = `export default { images: [{ name: 'app', stages: [{ name: 'main', from: 'alpine:3.20', steps: [{ kind: 'run', command: 'cd /tmp && apk add curl' }] }] }] };\n`;

function project(files: Record<string, string>): string {
  const p = tempProject(files);
  cleanup = p.remove;
  return p.dir;
}

async function run(args: string[], dir = '/'): Promise<{ code: number; out: string; err: string }> {
  const io = memoryOutput(dir);
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('usage errors', () => {
  it('exits 2 on an unknown flag, with the closest known one', async () => {
    const r = await run(['synth', '--focre']);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe("error unknown option '--focre' (did you mean '--force'?); run `dsl synth --help`\n");
    expect((await run(['check', '--min-severty', 'info'])).err).toContain("(did you mean '--min-severity'?)");
    expect((await run(['ls', '--zzz'])).err).toBe("error unknown option '--zzz'; run `dsl ls --help`\n");
  });

  it('exits 2 on a flag without its value', async () => {
    const r = await run(['synth', '--out']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('error --out needs a value: --out <dir>; run `dsl synth --help`\n');
  });

  it('exits 2 on an unknown command, with the closest one', async () => {
    const r = await run(['biuld']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("error unknown command 'biuld' (did you mean 'build'?); run `dsl --help`\n");
    expect((await run(['frobnicate'])).err).toBe("error unknown command 'frobnicate'; run `dsl --help`\n");
  });

  it('does not call --no-cache "default: true" in help, and still passes it as cache: false', async () => {
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
    try {
      expect(await main(['build', '--help'], memoryOutput('/'))).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const line = printed.join('\n').split('\n').find((l) => l.includes('--no-cache'));
    expect(line).toBeDefined();
    expect(line).not.toContain('default');
    const dir = project({ 'dsl.config.ts': config });
    const dry = await run(['build', '--dry-run', '--no-cache'], dir);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('--no-cache');
    expect((await run(['build', '--dry-run'], dir)).out).not.toContain('--no-cache');
  });
});

describe('dsl build <image>', () => {
  it('prints the findings of that image and the images it is built from, not those of the others', async () => {
    const stageOf = (from: string, command: string) => `[{ name: 'main', from: '${from}', steps: [{ kind: 'run', command: '${command}' }] }]`;
    const images = [
      `{ name: 'base', tags: ['acme/base:dev'], stages: ${stageOf('alpine:3.20', 'cd /opt && true')} }`,
      `{ name: 'worker', stages: ${stageOf('acme/base:dev', 'cd /srv && true')} }`,
      `{ name: 'web', stages: ${stageOf('alpine:3.20', 'cd /www && true')} }`,
    ];
    const dir = project({ 'dsl.config.ts': `export default { images: [${images.join(', ')}] };\n` });
    const all = await run(['build', '--dry-run'], dir);
    expect(all.code).toBe(0);
    expect(all.err).toMatch(/images\.web\./);
    const worker = await run(['build', 'worker', '--dry-run'], dir);
    expect(worker.code).toBe(0);
    expect(worker.err).toMatch(/images\.worker\./);
    expect(worker.err).toMatch(/images\.base\./);
    expect(worker.err).not.toMatch(/images\.web\./);
  });
});

describe('an engine that cannot be reached', () => {
  it('is reported once, before any build, with a hint; a dry run still prints the command', async () => {
    const dir = project({ 'dsl.config.ts': config });
    const was = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = `unix://${dir}/no-engine.sock`;
    try {
      const r = await run(['build'], dir);
      expect(r.code).toBe(1);
      expect(r.err.match(/DSL5930/g)).toHaveLength(1);
      expect(r.err).toMatch(/cannot be used: Cannot connect to the Docker daemon/);
      expect(r.err).toMatch(/hint: start the engine/);
      expect(r.err).not.toMatch(/\| (building|failed)/);
      expect((await run(['build', '--dry-run'], dir)).code).toBe(0);
    } finally {
      if (was === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = was;
    }
  });
});

describe('dsl check output', () => {
  it('prints the findings to stdout and the summary to stderr', async () => {
    const dir = project({ Dockerfile: dockerfile });
    const r = await run(['check', 'Dockerfile'], dir);
    expect(r.code).toBe(0);
    expect(r.out.match(/^Dockerfile:\d+:\d+ (warning|info) DSL\d+/gm)).toHaveLength(4);
    expect(r.err).toBe('check passed: 0 errors, 1 warning\n');
  });

  it('--quiet leaves out the summary; --min-severity leaves out and does not count what is below it', async () => {
    const dir = project({ Dockerfile: dockerfile });
    const quiet = await run(['check', 'Dockerfile', '--quiet'], dir);
    expect(quiet.err).toBe('');
    expect(quiet.out).toContain('DSL3010');
    const warnings = await run(['check', 'Dockerfile', '--min-severity', 'warning', '--format', 'json'], dir);
    expect(JSON.parse(warnings.out).diagnostics.map((d: { code: string }) => d.code)).toEqual(['DSL3010']);
    const errors = await run(['check', 'Dockerfile', '--min-severity', 'error', '--strict'], dir);
    expect(errors).toMatchObject({ code: 0, out: '', err: 'check passed: 0 errors, 0 warnings\n' });
    expect((await run(['check', 'Dockerfile', '--min-severity', 'loud'], dir)).code).toBe(2);
  });

  it('--failure-threshold prints every finding but fails only on those at the threshold or above', async () => {
    const dir = project({ Dockerfile: dockerfile });
    const atWarning = await run(['check', 'Dockerfile', '--failure-threshold', 'warning'], dir);
    expect(atWarning.code).toBe(1);
    expect(atWarning.out.match(/^Dockerfile:\d+:\d+ (warning|info) DSL\d+/gm)).toHaveLength(4);
    expect(atWarning.err).toBe('check failed: 0 errors, 1 warning\n');
    const atInfo = await run(['check', 'Dockerfile', '--failure-threshold', 'info', '--min-severity', 'warning'], dir);
    expect(atInfo.code).toBe(1);
    expect((await run(['check', 'Dockerfile', '--strict', '--failure-threshold', 'error'], dir)).code).toBe(0);
    expect((await run(['check', 'Dockerfile', '--strict', '--failure-threshold', 'none'], dir)).code).toBe(0);
    expect((await run(['check', 'Dockerfile', '--failure-threshold', 'style'], dir)).code).toBe(2);
  });

  it('writes SARIF with the tool version, and each rule\'s full description and help page', async () => {
    const dir = project({ Dockerfile: dockerfile });
    const sarif = JSON.parse((await run(['check', 'Dockerfile', '--format', 'sarif'], dir)).out);
    const driver = sarif.runs[0].tool.driver;
    expect(driver.version).toBe(version);
    const rule = driver.rules.find((r: { id: string }) => r.id === 'DSL3010');
    expect(rule.fullDescription.text.length).toBeGreaterThan(20);
    expect(rule.helpUri).toMatch(/\/rules\/DSL3010$/);
  });
});

describe('one JSON envelope', () => {
  it('check, ls and synth print { ok, …, diagnostics } with the same diagnostic shape', async () => {
    const dir = project({ 'dsl.config.ts': config });
    const outputs = await Promise.all([['check', '--json'], ['check', '--format', 'json'], ['ls', '--json'], ['synth', '--json', '--stdout']].map(async (args) => JSON.parse((await run(args, dir)).out)));
    for (const out of outputs) {
      expect(out.ok).toBe(true);
      expect(Object.keys(out).at(-1)).toBe('diagnostics');
    }
    const shapes = outputs.map((out) => out.diagnostics.find((d: { code: string }) => d.code === 'DSL3016'));
    expect(shapes[0]).toMatchObject({ code: 'DSL3016', rule: expect.any(String), severity: 'info', path: expect.any(Array) });
    for (const shape of shapes) expect(shape).toEqual(shapes[0]);
  });
});

describe('info findings outside check', () => {
  it('ls prints warnings but not info findings; check prints both', async () => {
    const dir = project({ 'dsl.config.ts': config });
    const ls = await run(['ls'], dir);
    expect(ls.err).toContain('DSL3010');
    expect(ls.err).not.toContain('DSL3016');
    expect((await run(['check'], dir)).out).toContain('DSL3016');
  });
});
