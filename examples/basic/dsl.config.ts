import { defineConfig } from '@dockerdsl/core';
import { api } from './images/api.js';
import { base } from './images/base.js';
import { hello } from './images/hello.js';
import { stack } from './images/stack.js';

export default defineConfig({
  images: [base, hello, api],
  compose: [stack],
  outDir: 'generated',
});
