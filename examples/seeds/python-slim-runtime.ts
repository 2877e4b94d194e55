import { image, stage } from '@dockerdsl/core';

/** Options of the Python build → slim runtime. */
export interface PythonSlimRuntimeOptions {
  buildBase?: string;
  runtimeBase?: string;
}

/**
 * Requirements installed in a large image with build tools; the app copied into a slim one.
 *
 * @example
 * toDockerfile(pythonSlimRuntime());
 */
export function pythonSlimRuntime({ buildBase = 'python:3.9', runtimeBase = 'python:3.9-slim' }: PythonSlimRuntimeOptions = {}) {
  const builder = stage('builder', { from: buildBase, comment: 'Stage 1: Build the app using a large image with build tools' })
    .workdir('/app')
    .copy('.', '.')
    .run('pip install -r requirements.txt');
  const runtime = stage({ from: runtimeBase, comment: 'Stage 2: Create the smaller runtime image using a minimal image' })
    .workdir('/app')
    .copyFrom(builder, '/app', '/app')
    .cmd(['python', 'app.py']);
  return image('python-slim-runtime', { stages: [runtime] });
}
