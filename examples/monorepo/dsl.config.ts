import { defineConfig } from '@dockerdsl/core';
import { api } from '@acme/api/image';
import { web } from '@acme/web/image';
import { worker } from '@acme/worker/image';

export default defineConfig({
  images: [api.image(), web.image(), worker.image()],
  outDir: 'generated',
});
