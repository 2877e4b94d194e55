import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import { fakeRegistry, type FakeRegistry } from '../test-support/fake-registry.js';
import { tempProject } from '../test-support/temp-project.js';
import { memoryOutput } from '../ui/memory-output.js';

let registry: FakeRegistry;
let dockerConfig: string;
beforeAll(async () => {
  registry = await fakeRegistry();
  dockerConfig = mkdtempSync(join(tmpdir(), 'dsl-lock-docker-'));
});
afterAll(async () => {
  await registry.close();
  rmSync(dockerConfig, { recursive: true, force: true });
});

/** A project whose images use the fake registry's `t/base:1` (FROM), `t/tools:1` (COPY --from) and a project base image; its stack runs `t/db:1` and the project's `api`. */
function config(host: string, extra = ''): string {
  return `
const reg = '${host}';
export default {
  images: [
    { name: 'base', tags: [reg + '/t/own-base:1'], stages: [{ from: reg + '/t/base:1', steps: [{ kind: 'run', command: 'true' }] }] },
    { name: 'api', tags: [reg + '/t/api:1'], ${extra} stages: [
      { name: 'build', from: reg + '/t/own-base:1', steps: [{ kind: 'copy', from: { image: reg + '/t/tools:1' }, sources: ['/bin/sh'], destination: '/sh' }] },
      { from: 'build', steps: [{ kind: 'cmd', command: ['/sh'] }] },
    ] },
  ],
  compose: [{ name: 'shop', services: { db: { image: reg + '/t/db:1' }, app: { image: reg + '/t/api:1' } } }],
};
`;
}

async function dsl(dir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryOutput(dir, { DOCKER_CONFIG: dockerConfig, NO_COLOR: '1' });
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('dsl lock', () => {
  it('locks, pins synth output, notices a moved tag, updates it and checks platforms', async () => {
    const h = registry.host;
    const base = registry.putIndex('t/base', '1', ['linux/amd64', 'linux/arm64']);
    const tools = registry.putManifest('t/tools', '1', 'linux/amd64');
    const db = registry.putIndex('t/db', '1', ['linux/amd64']);
    const p = tempProject({ 'dsl.config.ts': config(h) });
    try {
      const first = await dsl(p.dir, 'lock');
      expect(first.code).toBe(0);
      expect(first.err).toContain(`DSL5958`);
      expect(first.out).toContain(`+ ${h}/t/base:1  ${base.slice(0, 19)}  linux/amd64, linux/arm64`);
      const lock = JSON.parse(readFileSync(join(p.dir, 'dsl.lock.json'), 'utf8')) as { images: Record<string, { digest: string }> };
      expect(Object.keys(lock.images)).toEqual([`${h}/t/base:1`, `${h}/t/db:1`, `${h}/t/tools:1`]);
      expect(lock.images[`${h}/t/tools:1`]!.digest).toBe(tools);
      expect((await dsl(p.dir, 'lock')).out).toContain('(unchanged)');
      expect(JSON.parse((await dsl(p.dir, 'lock', '--json')).out)).toMatchObject({ ok: true, lock: 'dsl.lock.json', written: false, changes: [] });

      const synth = await dsl(p.dir, 'synth', '--stdout', '--frozen');
      expect(synth.code).toBe(0);
      expect(synth.out).toContain(`FROM ${h}/t/base:1@${base}\n`);
      expect(synth.out).toContain(`COPY --from=${h}/t/tools:1@${tools} /bin/sh /sh`);
      // The project's own base is built in the same run: it keeps its tag (bake points it at the target).
      expect(synth.out).toContain(`FROM ${h}/t/own-base:1 AS build`);
      expect(synth.out).toContain(`image: ${h}/t/db:1@${db}\n`);
      expect(synth.out).toContain(`image: ${h}/t/api:1\n`);

      // The project's api is pushed: `--update api` locks it, and Compose runs it by digest.
      const api = registry.putManifest('t/api', '1', 'linux/amd64');
      expect((await dsl(p.dir, 'lock', '--update', 'api')).out).toContain(`+ ${h}/t/api:1`);
      expect((await dsl(p.dir, 'synth', '--stdout')).out).toContain(`image: ${h}/t/api:1@${api}\n`);

      const moved = registry.putIndex('t/base', '1', ['linux/amd64']);
      const check = await dsl(p.dir, 'lock', '--check');
      expect(check.code).toBe(1);
      expect(check.err).toContain(`DSL5956 '${h}/t/base:1' moved: ${base.slice(0, 19)} → ${moved.slice(0, 19)}`);
      expect(check.err).toContain(`moved: ${h}/t/base:1; run \`dsl lock --update\``);

      const update = await dsl(p.dir, 'lock', '--update', `${h}/t/base`);
      expect(update.code).toBe(0);
      expect(update.out).toContain(`~ ${h}/t/base:1  ${base.slice(0, 19)} → ${moved.slice(0, 19)}  linux/amd64`);
      expect((await dsl(p.dir, 'lock', '--check')).code).toBe(0);

      // The moved base no longer offers arm64: building for it is an error at synth.
      const arm = await dsl(p.dir, 'build', '--dry-run', '--platform', 'linux/arm64');
      expect(arm.code).toBe(1);
      expect(arm.err).toContain(`DSL5951 '${h}/t/base:1' is locked to ${moved.slice(0, 19)}…, which offers linux/amd64, not linux/arm64`);
      expect(arm.err).toContain('images.base.stages[0].from');
    } finally {
      p.remove();
    }
  });

  it('reports references missing from the lock, as errors when frozen, and drops unused entries', async () => {
    const h = registry.host;
    registry.putIndex('t/base', '1', ['linux/amd64']);
    registry.putManifest('t/tools', '1', 'linux/amd64');
    registry.putIndex('t/db', '1', ['linux/amd64']);
    const p = tempProject({ 'dsl.config.ts': config(h) });
    try {
      writeFileSync(join(p.dir, 'dsl.lock.json'), '{\n  "images": {},\n  "version": 1\n}\n');
      const warned = await dsl(p.dir, 'synth', '--stdout');
      expect(warned.code).toBe(0);
      expect(warned.err).toContain(`DSL5950 '${h}/t/base:1' is not in dsl.lock.json`);
      const frozen = await dsl(p.dir, 'synth', '--stdout', '--frozen');
      expect(frozen.code).toBe(1);
      expect(frozen.err).toMatch(/error DSL5950/);
      const check = await dsl(p.dir, 'lock', '--check');
      expect(check.code).toBe(1);
      expect(check.err).toContain(`DSL5957 '${h}/t/base:1' is used but not locked`);
      writeFileSync(join(p.dir, 'dsl.lock.json'), JSON.stringify({ version: 1, images: { 'gone:1': { digest: `sha256:${'0'.repeat(64)}`, mediaType: 'x', platforms: [] } } }));
      const lock = await dsl(p.dir, 'lock');
      expect(lock.out).toContain('- gone:1');
      expect(readFileSync(join(p.dir, 'dsl.lock.json'), 'utf8')).not.toContain('gone:1');
    } finally {
      p.remove();
    }
  });

  it('fails without writing when a reference cannot be resolved, and names unknown --update targets', async () => {
    const p = tempProject({ 'dsl.config.ts': config(registry.host).replace("'/t/db:1'", "'/t/nowhere:1'") });
    try {
      const failed = await dsl(p.dir, 'lock');
      expect(failed.code).toBe(1);
      expect(failed.err).toContain(`DSL5954 cannot lock '${registry.host}/t/nowhere:1': ${registry.host} has no manifest for ${registry.host}/t/nowhere:1`);
      expect(failed.err).toContain('nothing was written');
      expect(() => readFileSync(join(p.dir, 'dsl.lock.json'))).toThrow();
      const unknown = await dsl(p.dir, 'lock', '--update', 'nginx');
      expect(unknown.code).toBe(1);
      expect(unknown.err).toContain("DSL5959 no reference the project uses matches 'nginx'");
      expect((await dsl(p.dir, 'lock', 'nginx')).code).toBe(2);
    } finally {
      p.remove();
    }
  });

  it('stops synth on a lock file with conflict markers', async () => {
    const p = tempProject({ 'dsl.config.ts': config(registry.host), 'dsl.lock.json': '{\n<<<<<<< HEAD\n=======\n>>>>>>> other\n}\n' });
    try {
      const synth = await dsl(p.dir, 'synth', '--stdout');
      expect(synth.code).toBe(1);
      expect(synth.err).toContain('DSL5952');
    } finally {
      p.remove();
    }
  });
});
