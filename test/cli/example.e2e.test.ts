import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { docker, dsl, healthOf, scratchOutput, removeImages, repoRoot } from './run-dsl.js';
import { runName } from '../support/run-prefix.js';

const example = join(repoRoot, 'examples', 'basic');
const prefix = runName('cli-example');
const env = { DSL_EXAMPLE_BUSYBOX: 'local/busybox:latest', DSL_EXAMPLE_GO_BASE: 'local/debian:bookworm', DSL_EXAMPLE_TAG_PREFIX: prefix };
const tags = ['base', 'hello', 'api'].map((n) => `${prefix}/${n}:dev`);

describeWithEngine('the example project: dsl synth, then plain docker build', () => {
  const output = scratchOutput('dsl-test-cli-example-', tags);

  it('writes Dockerfiles that docker builds and runs as defined', async () => {
    const synth = await dsl(['synth', '--out', output()], example, env);
    expect(synth.exitCode, synth.all).toBe(0);
    expect(synth.stdout).toContain(`dsl synth: 3 images → ${output()}`);
    const bake = JSON.parse(readFileSync(join(output(), 'docker-bake.json'), 'utf8'));
    expect(bake.target.hello.contexts).toEqual({ [`${prefix}/base:dev`]: 'target:base' });

    // Exactly what a user would type, in dependency order: base before hello.
    docker(['build', '-q', '-f', join(output(), 'base.Dockerfile'), '-t', tags[0]!, example]);
    docker(['build', '-q', '-f', join(output(), 'hello.Dockerfile'), '-t', tags[1]!, example]);
    docker(['build', '-q', '-f', join(output(), 'api.Dockerfile'), '-t', tags[2]!, join(example, 'api')]);

    expect(docker(['run', '--rm', tags[1]!])).toBe('Hello, world!');
    expect(docker(['run', '--rm', tags[1]!, 'Goodbye'])).toBe('Hello, Goodbye');
    expect(docker(['run', '--rm', '--entrypoint', 'id', tags[1]!])).toBe('uid=10001(app) gid=10001(app) groups=10001(app)');
    // The bake file builds hello with `base` as the target its FROM points at.
    removeImages([tags[0]!, tags[1]!]);
    execFileSync('docker', ['buildx', 'bake', '-f', join(output(), 'docker-bake.json'), 'hello'], { cwd: example, stdio: 'ignore', env: { ...process.env, ...env } });
    expect(docker(['run', '--rm', tags[1]!, 'from bake'])).toBe('Hello, from bake');
    // The Go API on scratch holds only its binary.
    expect(Number(docker(['image', 'inspect', '--format', '{{.Size}}', tags[2]!]))).toBeLessThan(10_000_000);
    const name = runName(`cli-example-api-${process.pid}`);
    docker(['run', '-d', '--name', name, tags[2]!]);
    expect(await healthOf(name)).toBe('healthy');
  }, 600_000);
});
