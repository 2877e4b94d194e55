import { image, stage, type ImageBuilder } from '@dockerdsl/core';
import { aptInstall } from '@dockerdsl/presets';

/**
 * The baseline the seed notes compare multi-stage builds against: the same service built and
 * run in ONE stage on the same Debian base — toolchain, sources and build cache all in the
 * final image. Same program, same user, same entrypoint, so only the build shape differs.
 */
export function singleStageImages(debian: string): Record<'api' | 'web' | 'worker', ImageBuilder<string>> {
  const user = 10101;
  const api = stage('single', { from: debian })
    .step(aptInstall(['ca-certificates', 'golang-go'], { cacheMount: false }))
    .workdir('/src')
    .copy('.', '.')
    .env({ CGO_ENABLED: '0' })
    .run('go build -o /usr/local/bin/api .')
    .user(user, user)
    .entrypoint(['/usr/local/bin/api']);
  const web = stage('single', { from: debian })
    .step(aptInstall(['nodejs', 'npm'], { cacheMount: false }))
    .workdir('/app')
    .copy('.', '.')
    .run('npm ci --no-audit --no-fund && npm run build')
    .user(user, user)
    .entrypoint(['node', 'dist/server.js']);
  const worker = stage('single', { from: debian })
    .step(aptInstall(['python3', 'python3-pip', 'python3-setuptools', 'python3-wheel'], { cacheMount: false }))
    .workdir('/src')
    .copy('.', '.')
    .run('python3 -m pip install --no-build-isolation --break-system-packages .')
    .user(user, user)
    .entrypoint(['python3', '-m', 'worker']);
  return {
    api: image('single-api', { stages: [api] }),
    web: image('single-web', { stages: [web] }),
    worker: image('single-worker', { stages: [worker] }),
  };
}
