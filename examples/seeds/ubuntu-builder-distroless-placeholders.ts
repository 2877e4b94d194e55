import { image, stage } from '@dockerdsl/core';

/** Options of the placeholder template; the defaults are the notes' placeholders. */
export interface UbuntuBuilderDistrolessPlaceholdersOptions {
  buildBase?: string;
  runtimeBase?: string;
  buildTools?: string;
  buildCommands?: string;
  artifacts?: string;
  entrypoint?: string;
}

/**
 * A template: build on Ubuntu, run on distroless; the angle-bracket words are where real
 * values go (the checks flag them when left in).
 *
 * @example
 * toDockerfile(ubuntuBuilderDistrolessPlaceholders({ buildTools: 'python3-pip', entrypoint: 'main.py' }));
 */
export function ubuntuBuilderDistrolessPlaceholders({
  buildBase = 'ubuntu:latest',
  runtimeBase = 'distroless/python3-debian12',
  buildTools = '<build-tools>',
  buildCommands = '<build-commands>',
  artifacts = '<application-artifacts>',
  entrypoint = '<application-entrypoint>',
}: UbuntuBuilderDistrolessPlaceholdersOptions = {}) {
  const builder = stage('builder', { from: buildBase, comment: 'Stage 1: Build stage (using a standard Linux distribution)' })
    .run(`apt-get update && apt-get install -y --no-install-recommends ${buildTools}`)
    .workdir('/app')
    .copy('.', '.')
    .run(buildCommands);
  const runtime = stage('runtime', { from: runtimeBase, comment: 'Stage 2: Runtime stage (using a distroless image)' })
    .workdir('/app')
    .copyFrom(builder, '/app/', artifacts)
    .cmd(['python3', entrypoint]);
  return image('ubuntu-builder-distroless-placeholders', { stages: [builder, runtime] });
}
