import { defineConfig } from '@dockerdsl/core';
import { api } from './images/api.js';
import { base } from './images/base.js';
import { hello } from './images/hello.js';

export default defineConfig({
  images: [base, hello, api],
  outDir: 'generated',
});
