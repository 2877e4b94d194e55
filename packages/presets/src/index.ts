/**
 * @dockerdsl/presets — typed, parameterised presets that return ordinary dockerdsl stage
 * handles and images: Node (npm, pnpm), Go, Python, workspace members (npm, pnpm, yarn, uv,
 * go.work) and a generic static-binary runtime.
 *
 * @example
 * import { defineConfig } from '@dockerdsl/core';
 * import { goApp, nodeApp } from '@dockerdsl/presets';
 * const api = goApp({ name: 'api', package: './cmd/api' });
 * const web = nodeApp({ name: 'web' }).change('build', (s) => s.run('npm test'));
 * export default defineConfig({ images: [api.image(), web.image()] });
 *
 * @module @dockerdsl/presets
 */
export * from './apt.js';
export * from './base-image.js';
export * from './go.js';
export * from './http-healthcheck.js';
export * from './node.js';
export * from './node-package-manager.js';
export * from './preset.js';
export * from './python.js';
export * from './runtime-options.js';
export * from './static-binary.js';
export * from './validate-options.js';
export * from './shell-words.js';
export * from './node-workspace.js';
export * from './workspace-dockerignore.js';
export * from './workspace-package-manager.js';
export * from './go-workspace.js';
export * from './uv-workspace.js';
