import { compose } from '@dockerdsl/core';

/**
 * `override-dev.compose.yaml`, the notes' development override, as a variant: the base file
 * builds `web` from the project directory and `compose.override.yaml` (which docker compose
 * reads automatically) sets `NODE_ENV=development`.
 *
 * @example
 * compose.compileCompose(overrideDev).files.map((f) => f.path); // ['compose.yaml', 'compose.override.yaml']
 */
export const overrideDev = compose.stack('override-dev', {
  services: [compose.service('web', { build: { context: '.' } })],
  overrides: { 'compose.override.yaml': { services: { web: { environment: { NODE_ENV: 'development' } } } } },
});
