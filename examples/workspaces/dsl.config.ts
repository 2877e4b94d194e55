import { defineConfig } from '@dockerdsl/core';
import { api, web } from './images/apps.js';
import { nodeBuild, nodeRuntime } from './images/node-bases.js';
import { status } from './images/status.js';

export default defineConfig({
  images: [nodeRuntime, nodeBuild, api.image(), web.image(), status.image()],
  outDir: 'generated',
});
