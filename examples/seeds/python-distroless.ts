import { image, stage } from '@dockerdsl/core';

/** Options of the Python → distroless build. */
export interface PythonDistrolessOptions {
  buildBase?: string;
  runtimeBase?: string;
}

/**
 * Installs requirements in a slim Python image and ships the app on a distroless one.
 *
 * @example
 * toDockerfile(pythonDistroless());
 */
export function pythonDistroless({ buildBase = 'python:3.9-slim', runtimeBase = 'gcr.io/distroless/python3' }: PythonDistrolessOptions = {}) {
  const builder = stage('builder', { from: buildBase, comment: 'Stage 1: Build the application using a full image' })
    .workdir('/app')
    .copy('.', '/app')
    .run('pip install -r requirements.txt');
  const production = stage({ from: runtimeBase, comment: 'Stage 2: Create a minimal, distroless image for production' })
    .copyFrom(builder, '/app', '/app')
    .cmd(['/app/app.py']);
  return image('python-distroless', { stages: [production] });
}
