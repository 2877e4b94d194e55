import { image, stage } from '@dockerdsl/core';

/** Options of the labelled single-stage Python image. */
export interface PythonSingleStageLabelsOptions {
  base?: string;
}

/**
 * Metadata as labels, an environment variable, and a cache-free `pip install`.
 *
 * @example
 * toDockerfile(pythonSingleStageLabels());
 */
export function pythonSingleStageLabels({ base = 'python:3.9-slim' }: PythonSingleStageLabelsOptions = {}) {
  const app = stage({ from: base, comment: 'Set the base image' })
    .label({ maintainer: 'youremail@example.com' })
    .label({ version: '1.0' })
    .env({ APP_ENV: 'production' })
    .workdir('/app')
    .copy('.', '/app')
    .run('pip install --no-cache-dir -r requirements.txt')
    .expose(5000)
    .cmd(['python', 'app.py']);
  return image('python-single-stage-labels', { stages: [app] });
}
