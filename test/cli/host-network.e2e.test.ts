import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { docker, dsl, removeImages } from './run-dsl.js';

const run = `dsl-hostnet-${process.pid}-${Date.now().toString(36)}`;
const tag = `${run}:1`;

/** Whether this buildx grants entitlements to bake itself (`--allow`, 0.17 on). */
function bakeAllows(): boolean {
  const [major, minor] = /v?(\d+)\.(\d+)/.exec(docker(['buildx', 'version']))!.slice(1).map(Number) as [number, number];
  return major > 0 || minor >= 17;
}

describeWithEngine('dsl build of an image with RUN --network=host', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dsl-hostnet-'));
    // Each RUN records how many network interfaces it sees: the host's, or a sandbox's.
    writeFileSync(
      join(dir, 'dsl.config.mjs'),
      `export default {
  outDir: 'out',
  images: [{ name: 'net', tags: ['${tag}'], inputs: { entitlements: ['network.host'] }, stages: [{ from: 'local/busybox:latest', steps: [
    { kind: 'run', command: 'echo ${run} && ip link | grep -c "^[0-9]" > /host', network: 'host' },
    { kind: 'run', command: 'ip link | grep -c "^[0-9]" > /none', network: 'none' },
    { kind: 'run', command: 'ip link | grep -c "^[0-9]" > /default' },
    { kind: 'cmd', command: ['cat', '/host', '/none', '/default'] },
  ] }] }],
};
`,
    );
  });
  afterAll(() => {
    removeImages([tag]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds on this buildx, the --network=host step on the host network', async () => {
    const dry = await dsl(['build', '--dry-run'], dir);
    expect(dry.exitCode, dry.all).toBe(0);
    const result = await dsl(['build', '--progress', 'plain'], dir);
    expect(result.exitCode, result.all).toBe(0);
    const hostLinks = docker(['run', '--rm', '--network', 'host', 'local/busybox:latest', 'sh', '-c', 'ip link | grep -c "^[0-9]"']);
    const [host, none, byDefault] = docker(['run', '--rm', tag]).split('\n');
    expect(host).toBe(hostLinks);
    expect(none).toBe('1');
    if (bakeAllows()) {
      expect(dry.stdout).toContain('--allow network.host');
    } else {
      // buildx before 0.17: granted through a Compose overlay, for the whole image (DSL5936).
      expect(dry.stdout).toContain('-f out/dsl-build.host-network.yaml');
      expect(result.stderr).toContain('DSL5936');
      expect(byDefault).toBe(hostLinks);
    }
  }, 300_000);
});
