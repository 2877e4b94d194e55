import { image, stage } from '@dockerdsl/core';

/** Options of the Node build with a named build stage. */
export interface NodeNamedStagesOptions {
  buildBase?: string;
  runtimeBase?: string;
}

/**
 * `npm install` in a full Node image, the app copied into a slim one.
 *
 * @example
 * toDockerfile(nodeNamedStages({ buildBase: 'node:22', runtimeBase: 'node:22-slim' }));
 */
export function nodeNamedStages({ buildBase = 'node:14', runtimeBase = 'node:14-slim' }: NodeNamedStagesOptions = {}) {
  const build = stage('build', { from: buildBase }).workdir('/app').copy('.', '.').run('npm install');
  const runtime = stage({ from: runtimeBase }).workdir('/app').copyFrom(build, '/app', '/app').cmd(['node', 'app.js']);
  return image('node-named-stages', { stages: [build, runtime] });
}
