import { image } from '@dockerdsl/core';

/** Options of the Python build with an asset step. */
export interface PythonBuildAssetsOptions {
  buildBase?: string;
  runtimeBase?: string;
}

/**
 * Installs requirements and builds assets in a full Python image; the slim final stage takes
 * the result. Written with the image builder and literal stage names.
 *
 * @example
 * toDockerfile(pythonBuildAssets());
 */
export function pythonBuildAssets({ buildBase = 'python:3.9', runtimeBase = 'python:3.9-slim' }: PythonBuildAssetsOptions = {}) {
  return image('python-build-assets')
    .stage(
      'build-stage',
      buildBase,
      (s) => s.workdir('/app').copy('requirements.txt', '.').run('pip install --no-cache-dir -r requirements.txt').copy('.', '.').run('python build_assets.py'),
      { comment: 'Build stage' },
    )
    .stage('final-stage', runtimeBase, (s) => s.workdir('/app').copyFrom('build-stage', '/app', '/app').cmd(['python', 'app.py']), { comment: 'Final stage' });
}
