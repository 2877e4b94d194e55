import { compose } from '@dockerdsl/core';

/**
 * `build-context.compose.yaml`: one service built from the Dockerfile in `./web`.
 *
 * @example
 * compose.compileCompose(buildContext).files[0].text;
 */
export const buildContext = compose.stack('build-context', {
  services: [compose.service('web', { build: { context: './web' } })],
});
