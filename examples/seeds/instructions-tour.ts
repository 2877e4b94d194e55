import { image, sh, stage } from '@dockerdsl/core';

/** Options of the instruction tour. */
export interface InstructionsTourOptions {
  base?: string;
  version?: string;
}

/**
 * One of each everyday instruction: global ARG, LABEL, SHELL, ENV, WORKDIR, RUN, COPY, ADD,
 * VOLUME, EXPOSE, HEALTHCHECK (shell form, asked for with `sh`), USER, ENTRYPOINT and CMD.
 *
 * @example
 * toDockerfile(instructionsTour({ base: 'python:3.12-slim' }));
 */
export function instructionsTour({ base = 'python:3.10-slim', version = '1.0' }: InstructionsTourOptions = {}) {
  const app = stage({ from: base })
    .label({ maintainer: 'youremail@example.com' })
    .label({ version: '1.0' })
    .shell(['/bin/bash', '-c'])
    .env({ APP_ENV: 'production' })
    .workdir('/app')
    .run('useradd -m appuser')
    .copy('requirements.txt', '.')
    .run('pip install -r requirements.txt')
    .add('app.tar.gz', '/usr/src/app/')
    .run('apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*')
    .volume('/data')
    .expose(8000)
    .healthcheck(sh`curl --fail http://localhost:8000/health || exit 1`)
    .user('appuser')
    .entrypoint(['uvicorn'])
    .cmd(['app:app']);
  return image('instructions-tour', {
    comment: 'Every instruction the seed notes describe, gathered from their one-line examples.',
    stages: [app],
  }).arg('VERSION', version);
}
