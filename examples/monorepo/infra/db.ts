import { image, stage } from '@dockerdsl/core';
import { aptInstall } from '@dockerdsl/presets';
import { acmeBases, acmeRegistry } from '@acme/docker-presets';

/**
 * The stack's database: Redis from the Debian archive on the company's Debian base (the same
 * recipe works on a registry-less machine), with its data on a volume, run as the package's
 * `redis` account, and a `redis-cli ping` health check that Compose waits on.
 */
const runtime = stage('runtime', { from: acmeBases().debian })
  .step(aptInstall(['redis-server']))
  .run('mkdir -p /data && chown redis:redis /data')
  .volume('/data')
  .user('redis')
  .expose(6379)
  .healthcheck(['redis-cli', 'ping'], { interval: '10s', timeout: '3s', startPeriod: '5s', startInterval: '1s', retries: 3 })
  .entrypoint(['redis-server'])
  .cmd(['--bind', '0.0.0.0', '--protected-mode', 'no', '--dir', '/data', '--appendonly', 'yes']);

export const db = image('db', { stages: [runtime], context: 'infra', dockerignore: ['*'], tags: [`${acmeRegistry()}/db:dev`] });
