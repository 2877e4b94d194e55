import { image, stage } from '@dockerdsl/core';
import { baseTag } from './base.js';
import { settings } from './settings.js';

// FROM another image of this project: `dsl build` builds `base` first, and the bake file
// points this reference at the `base` target.
const main = stage('main', { from: baseTag })
  .label({ 'org.opencontainers.image.title': 'hello' })
  // Inherited from base, but said again: the rules cannot see into another image's USER.
  .user('app')
  .entrypoint(['echo', 'Hello,'])
  .cmd(['world!']);

/** `docker run hello` prints `Hello, world!`; `docker run hello Goodbye` prints `Hello, Goodbye`. */
export const hello = image('hello', { stages: [main], tags: [`${settings.tagPrefix}/hello:dev`] });
