import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { docker, dsl, healthOf, scratchOutput, fixture } from './run-dsl.js';
import { runName } from '../support/run-prefix.js';

const tag = (image: string): string => runName(`cli-${image}:e2e`);
const tags = ['base', 'app', 'tool', 'service', 'broken', 'fine'].map(tag);
// A fresh salt per run, so the first build really builds and the second can only hit the cache.
const salt = `run-${process.pid}-${Date.now()}`;

describeWithEngine('dsl build against the real engine', () => {
  const output = scratchOutput('dsl-test-cli-', tags);
  // Another project: synth refuses to take over an output folder written for a different config.
  const failingOutput = scratchOutput('dsl-test-cli-failing-', []);

  it('builds several images in one bake, the image FROM another resolved inside BuildKit, skips them unchanged, then rebuilds them all from the cache with --no-skip', async () => {
    const first = await dsl(['build', '--progress', 'plain', '--out', output()], fixture('multi'), { DSL_TEST_SALT: salt });
    expect(first.exitCode, first.all).toBe(0);
    expect(first.all).toMatch(/^base\s+\| done in /m);
    expect(docker(['run', '--rm', tag('app')])).toBe(`base-${salt}`);
    expect(first.stdout).toMatch(/^IMAGE\s+TAG\s+STATUS\s+SIZE\s+TIME\s+CACHE HITS\s+DIGEST$/m);
    expect(first.stdout).toMatch(new RegExp(`^app\\s+${tag('app')}\\s+done\\s+[\\d.]+ [kM]B\\s+[\\d.]+ s\\s+0/1\\s+sha256:[0-9a-f]{12}$`, 'm'));

    // Nothing changed: every image is skipped (its input digest matches the stored image's label).
    const skipped = await dsl(['build', '--json', '--out', output()], fixture('multi'), { DSL_TEST_SALT: salt });
    expect(skipped.exitCode, skipped.all).toBe(0);
    expect((JSON.parse(skipped.stdout) as { images: { status: string }[] }).images.map((i) => i.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);

    const again = await dsl(['build', '--json', '--no-skip', '--out', output()], fixture('multi'), { DSL_TEST_SALT: salt });
    expect(again.exitCode, again.all).toBe(0);
    const result = JSON.parse(again.stdout) as { ok: boolean; images: { image: string; steps: number; cached: number; status: string }[] };
    expect(result.ok).toBe(true);
    expect(result.images.map((i) => i.image)).toEqual(['base', 'app', 'tool', 'service']);
    for (const image of result.images) {
      expect(image.steps, image.image).toBeGreaterThan(0);
      expect(image.cached, `${image.image}: every step from the cache`).toBe(image.steps);
    }
  }, 300_000);

  it('reports a failing RUN with the image, the step and docker\'s error, and lets the other image finish', async () => {
    const result = await dsl(['build', '--progress', 'plain', '--out', failingOutput()], fixture('failing'));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/error image broken failed at step \[(?:main )?3\/3\] RUN echo about to fail >&2; exit 3/);
    expect(result.stderr).toContain('did not complete successfully: exit code: 3');
    expect(result.stderr).toContain('about to fail');
    // The failing step points at the config line that wrote it, and at the generated Dockerfile's line.
    const config = readFileSync(join(fixture('failing'), 'dsl.config.ts'), 'utf8').split('\n');
    const line = config.findIndex((l) => l.includes('about to fail')) + 1;
    const column = config[line - 1]!.indexOf("run('echo about to fail") + 1;
    expect(result.stderr).toMatch(new RegExp(`written at dsl\\.config\\.ts:${line}:${column} \\(generated \\S*broken\\.Dockerfile:\\d+\\)`));
    expect(result.stdout).toMatch(new RegExp(`^fine\\s+${tag('fine')}\\s+done`, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^broken\\s+${tag('broken')}\\s+failed`, 'm'));
    // The failure is built once: the image-by-image pass after the failed bake leaves it out.
    expect(result.stderr.match(/^broken\s+\| #\d+ \[(?:main )?3\/3\] RUN echo about to fail/gm), result.all).toHaveLength(1);
  }, 300_000);

  it('runs containers with the configured USER, ENV, WORKDIR, EXPOSE, HEALTHCHECK and ENTRYPOINT/CMD', async () => {
    const built = await dsl(['build', 'service', '--out', output()], fixture('multi'), { DSL_TEST_SALT: salt });
    expect(built.exitCode, built.all).toBe(0);
    const image = tag('service');
    const config = JSON.parse(docker(['image', 'inspect', '--format', '{{json .Config}}', image])) as {
      User: string; Env: string[]; WorkingDir: string; ExposedPorts: Record<string, object>; Healthcheck: { Test: string[] };
    };
    expect(config.User).toBe('svc');
    expect(config.Env).toEqual(expect.arrayContaining(['GREETING=hello from env', 'APP_MODE=e2e']));
    expect(config.WorkingDir).toBe('/srv/app');
    expect(Object.keys(config.ExposedPorts).sort()).toEqual(['8080/tcp', '9090/udp']);
    expect(config.Healthcheck.Test).toEqual(['CMD', 'test', '-d', '/srv/app']);

    expect(docker(['run', '--rm', image])).toBe('svc: default args');
    expect(docker(['run', '--rm', image, 'other'])).toBe('svc: other');
    expect(docker(['run', '--rm', '--entrypoint', 'sh', image, '-c', 'echo "$(id -un) in $(pwd): $GREETING"'])).toBe('svc in /srv/app: hello from env');

    const name = runName(`cli-health-${process.pid}`);
    docker(['run', '-d', '--name', name, '--entrypoint', 'sleep', image, '60']);
    expect(await healthOf(name)).toBe('healthy');
  }, 300_000);
});
