import { image, stage } from '@dockerdsl/core';
import { aptInstall } from '@dockerdsl/presets';
import { settings, tag } from './settings.js';

// Node from the Debian archive, so the images need nothing but a Debian mirror: the runtime
// base has node alone, the build base adds npm. Both are project images the apps are built
// FROM, which is what puts them a level before the apps in `dsl plan`.
// Bases stay root (the images built FROM them choose their user) and take the archive's versions.
const bases = { DSL3010: 'a base image; the apps set USER 10001', DSL3020: 'the Debian archive pins the versions of a release' };

export const nodeRuntime = image('node-runtime', {
  stages: [stage('main', { from: settings.debian, comment: 'Node from the Debian archive, nothing else.', ignore: bases }).step(aptInstall(['ca-certificates', 'nodejs']))],
  tags: [tag('node-runtime')],
  dockerignore: ['*'],
});

export const nodeBuild = image('node-build', {
  stages: [stage('main', { from: tag('node-runtime'), comment: 'The runtime base plus npm, to install and build.', ignore: bases }).step(aptInstall(['npm']))],
  tags: [tag('node-build')],
  dockerignore: ['*'],
});
