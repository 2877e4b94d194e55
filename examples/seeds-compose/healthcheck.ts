import { compose } from '@dockerdsl/core';

/**
 * `healthcheck.compose.yaml`: nginx with an exec-form health check every 30s, 3 retries.
 *
 * @example
 * compose.compileCompose(healthcheck).files[0].text;
 */
export const healthcheck = compose.stack('healthcheck', {
  services: [compose.service('web', { image: 'nginx', healthcheck: { test: ['curl', '-f', 'http://localhost'], interval: '30s', retries: 3 } })],
});
