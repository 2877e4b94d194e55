import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readWorkspace, toDockerfile, type Image } from '@dockerdsl/core';
import { nodeWorkspaceApp } from '@dockerdsl/presets';
import { docker, removeImages, repoRoot } from '../cli/run-dsl.js';
import { describeWithEngine } from '../support/engine.js';
import { buildLoaded, npmCaSecretArgs, settledHealth } from './engine-build.js';

// The pnpm and yarn variants of nodeWorkspaceApp built and run for real, on the same Debian
// Node bases as examples/workspaces (identical RUN lines, so BuildKit reuses their apt layers).
// pnpm and yarn come from the npm registry, through the build secret npm-ca when the machine
// has a proxy CA. One small workspace per manager (fixtures/node-managers: `shared` plus the
// manager's root files and lockfile): @t/hello depends on @t/greet and on ms, and has kleur as
// a dev dependency; @t/other also depends on @t/greet and carries a 2 MB file that hello's
// context must not hold. The two apps build at the same time.
const fixtures = join(repoRoot, 'test', 'workspaces', 'fixtures', 'node-managers');
const managers = ['pnpm', 'yarn'] as const;
const prefix = `dsl-test-wsm-${process.pid}-${Date.now().toString(36)}`;
const tag = (name: string) => `${prefix}/${name}:dev`;
const otherFixtureBytes = 2_000_000;

let work = '';
let bases: { runtime: Image; build: Image };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dsl-test-wsm-'));
  for (const manager of managers) {
    const context = join(work, manager, 'context');
    cpSync(join(fixtures, 'shared'), context, { recursive: true });
    cpSync(join(fixtures, manager), context, { recursive: true });
    writeFileSync(join(context, 'apps/other/src/fixture.txt'), 'o'.repeat(otherFixtureBytes));
  }
  // The example's settings read the tag prefix when first imported.
  process.env.DSL_WS_TAG_PREFIX = prefix;
  const { nodeRuntime, nodeBuild } = await import('../../examples/workspaces/images/node-bases.js');
  bases = { runtime: nodeRuntime.toImage(), build: nodeBuild.toImage() };
});

afterAll(() => {
  removeImages(['node-runtime', 'node-build', ...managers.map((m) => `${m}-hello`)].map(tag));
  rmSync(work, { recursive: true, force: true });
});

/** Writes an image's Dockerfile and .dockerignore into `dir` and returns the Dockerfile's path. */
function writeImage(dir: string, image: Image): string {
  mkdirSync(dir, { recursive: true });
  const dockerfile = join(dir, `${image.name}.Dockerfile`);
  writeFileSync(dockerfile, toDockerfile(image));
  writeFileSync(`${dockerfile}.dockerignore`, `${(image.dockerignore ?? []).join('\n')}\n`);
  return dockerfile;
}

function helloImage(manager: (typeof managers)[number]): Image {
  const workspace = readWorkspace(join(work, manager, 'context'));
  return nodeWorkspaceApp({ name: 'hello', workspace, package: '@t/hello', buildImage: tag('node-build'), runtimeImage: tag('node-runtime'), caSecret: 'npm-ca', ports: [3000] }).toImage();
}

describeWithEngine('the pnpm and yarn workspace presets, built and run for real', () => {
  it('builds @t/hello with pnpm and with yarn at once; neither context holds @t/other', async () => {
    const out = join(work, 'bases');
    await buildLoaded({ dockerfile: writeImage(out, bases.runtime), tag: tag('node-runtime'), context: out });
    await buildLoaded({ dockerfile: writeImage(out, bases.build), tag: tag('node-build'), context: out });
    const builds = await Promise.allSettled(
      managers.map((manager) => buildLoaded({ dockerfile: writeImage(join(work, manager), helloImage(manager)), tag: tag(`${manager}-hello`), context: join(work, manager, 'context'), args: npmCaSecretArgs })),
    );
    const failed = builds.flatMap((b) => (b.status === 'rejected' ? [String(b.reason)] : []));
    expect(failed.join('\n\n')).toBe('');
    const bytes = builds.map((b) => (b.status === 'fulfilled' ? b.value : 0));
    console.log(`context transferred: ${managers.map((m, i) => `${m} ${bytes[i]} B`).join(', ')} (the workspace holds a ${otherFixtureBytes} B file in apps/other)`);
    for (const b of bytes) {
      expect(b).toBeGreaterThan(0);
      expect(b).toBeLessThan(otherFixtureBytes / 10);
    }
  }, 1_800_000);

  // The two apps run at the same time; the container that answers is the one whose health check must pass.
  for (const manager of managers) {
    it.concurrent(`runs the ${manager} app: it answers with the workspace package and the production dependency, has no dev dependency, and is healthy`, async () => {
      const name = `${prefix}-${manager}`;
      docker(['run', '-d', '--name', name, tag(`${manager}-hello`)]);
      let health = '';
      try {
        let reply = '';
        for (let i = 0; i < 60 && !reply.includes('message'); i++) {
          await new Promise((r) => setTimeout(r, 500));
          reply = spawnSync('docker', ['exec', name, 'node', '-e', "fetch('http://127.0.0.1:3000/').then((r) => r.text()).then(console.log, () => {})"], { encoding: 'utf8' }).stdout.trim();
        }
        expect(JSON.parse(reply)).toEqual({ message: 'Hello, workspace!', interval: '2m' });
        const resolves = "for (const m of ['ms', '@t/greet', 'kleur']) { try { require.resolve(m); console.log(m, 'yes'); } catch { console.log(m, 'no'); } }";
        expect(docker(['exec', name, 'node', '-e', resolves]).split('\n')).toEqual(['ms yes', '@t/greet yes', 'kleur no']);
        expect(docker(['exec', name, 'id', '-u'])).toBe('10001');
        // The health check of the same container; settledHealth removes it.
        health = await settledHealth(name);
      } finally {
        spawnSync('docker', ['rm', '-f', name], { stdio: 'ignore' });
      }
      expect(health).toBe('healthy');
    }, 240_000);
  }
});
