import { describe, expect, it } from 'vitest';
import { flagSourcesOf, parseDockerfile, sourceOf } from '../tooling.js';
import { codesOf, parseClean, stepsOf } from './parse-helpers.test-util.js';

describe('flags', () => {
  it('reads every RUN flag', () => {
    const [run] = stepsOf('FROM a\nRUN --mount=type=cache,target=/root/.cache,sharing=locked --mount=type=secret,id=npmrc,target=/root/.npmrc --network=none --security=insecure --device=gpu.example/x make\n');
    expect(run).toEqual({
      kind: 'run', command: 'make', network: 'none', security: 'insecure', device: ['gpu.example/x'],
      mounts: [{ type: 'cache', target: '/root/.cache', sharing: 'locked' }, { type: 'secret', id: 'npmrc', target: '/root/.npmrc' }],
    });
  });

  it('reads every COPY and ADD flag, booleans bare or explicit, --from as the plain string', () => {
    const [copy, add] = stepsOf('FROM a\nCOPY --from=build --chown=app:app --chmod=0644 --link --parents=false --exclude=*.md --exclude=*.txt a b /dst/\nADD --checksum=sha256:abc --keep-git-dir=true --unpack=false --link=false https://example.com/x.tgz /opt/\n');
    expect(copy).toEqual({ kind: 'copy', from: 'build', chown: 'app:app', chmod: '0644', link: true, parents: false, exclude: ['*.md', '*.txt'], sources: ['a', 'b'], destination: '/dst/' });
    expect(add).toEqual({ kind: 'add', checksum: 'sha256:abc', keepGitDir: true, unpack: false, link: false, sources: ['https://example.com/x.tgz'], destination: '/opt/' });
  });

  it('reads FROM --platform and HEALTHCHECK timings', () => {
    const image = parseClean('FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nHEALTHCHECK --interval=10s --timeout=3s --start-period=5s --start-interval=1s --retries=4 CMD ["/hc"]\n');
    expect(image.stages[0]).toMatchObject({ from: 'golang:1.22', name: 'build', platform: '$BUILDPLATFORM' });
    expect(image.stages[0]!.steps[0]).toEqual({ kind: 'healthcheck', test: ['/hc'], interval: '10s', timeout: '3s', startPeriod: '5s', startInterval: '1s', retries: 4 });
  });

  it('unquotes flag values', () => {
    expect(stepsOf('FROM a\nCOPY --chown="app:app" x /y\n')[0]).toMatchObject({ chown: 'app:app' });
  });

  it('gives every flag and mount a source range', () => {
    const { image } = parseDockerfile('FROM a\nRUN --network=none \\\n    --mount=type=tmpfs,target=/tmp make\n');
    const run = image!.stages[0]!.steps[0]!;
    expect(flagSourcesOf(run).network).toEqual([{ file: 'Dockerfile', line: 2, column: 5, endLine: 2, endColumn: 19 }]);
    expect(sourceOf((run as { mounts: object[] }).mounts[0])).toMatchObject({ line: 3, column: 5 });
    expect(flagSourcesOf(image!.stages[0]!)).toEqual({});
    const staged = parseDockerfile('FROM --platform=linux/arm64 alpine\nCOPY --exclude=a --exclude=b . /x\n').image!;
    expect(flagSourcesOf(staged.stages[0]!).platform).toEqual([{ file: 'Dockerfile', line: 1, column: 6, endLine: 1, endColumn: 28 }]);
    expect(flagSourcesOf(staged.stages[0]!.steps[0]!).exclude!.map((r) => r.column)).toEqual([6, 18]);
  });

  it('reports unknown, duplicate, empty and non-boolean flags with their column', () => {
    const { diagnostics } = parseDockerfile('FROM a\nCOPY --form=build --chown=a --chown=b --chmod= --link=yes x /y\n');
    expect(diagnostics.map((d) => [d.code, d.source?.column])).toEqual([['DSL5005', 6], ['DSL5006', 29], ['DSL5007', 39], ['DSL5008', 48]]);
    expect(codesOf('FROM a\nRUN --network=bridge make\n')).toEqual(['DSL5008']);
    expect(codesOf('FROM a\nHEALTHCHECK --retries=many CMD x\n')).toEqual(['DSL5008']);
  });

  it('knows only the flags of the instruction, not names every object has', () => {
    expect(codesOf('FROM a\nCOPY --constructor=x --toString a /b\n')).toEqual(['DSL5005', 'DSL5005']);
  });
});
