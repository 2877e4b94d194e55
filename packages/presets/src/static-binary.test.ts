import { describe, expect, it } from 'vitest';
import { stage, toDockerfile, toStage } from '@dockerdsl/core';
import { staticBinary, staticBinaryRuntime } from './static-binary.js';

const build = stage('build', { from: 'rust:1.82-bookworm' }).workdir('/src').copy('.', '.').run('cargo build --release && install -D target/release/tool /out/app');

describe('staticBinary', () => {
  it('puts the binary on scratch with an exec-form entrypoint and no health check by default', () => {
    const out = toDockerfile(staticBinary({ name: 'tool', from: build }).image());
    expect(out).toContain('FROM scratch AS runtime');
    expect(out).toContain('COPY --from=build /out/app /usr/local/bin/app');
    expect(out).not.toContain('HEALTHCHECK');
    expect(out).toMatch(/ENTRYPOINT \["\/usr\/local\/bin\/app"\]\n$/);
  });

  it('runs the program’s own health check with the default timing merged in', () => {
    const runtime = staticBinaryRuntime({ from: build, healthcheck: { command: ['/usr/local/bin/app', 'health'], retries: 5 } });
    const health = toStage(runtime).steps.find((s) => s.kind === 'healthcheck');
    expect(health).toMatchObject({ test: ['/usr/local/bin/app', 'health'], retries: 5, startInterval: '1s', interval: '30s' });
  });

  it('installs packages into a runtime base that has apt, and sets the environment', () => {
    const out = toDockerfile(staticBinary({ name: 'tool', from: build, runtimeImage: { image: 'debian:bookworm-slim', aptPackages: ['tzdata'] }, env: { TZ: 'UTC' }, tags: ['acme/tool:1'] }).image());
    expect(out).toContain('apt-get install -y --no-install-recommends tzdata');
    expect(out).toContain('ENV TZ=UTC');
  });
});
