import { compose } from '@dockerdsl/core';

/**
 * `web-db.compose.yaml` and `web-db-v3.compose.yaml`: nginx published on a host port and a
 * postgres with its password in the environment (DSL4013 warns about it).
 *
 * @example
 * compose.compileCompose(webDb('8080:80')).ok; // true
 */
export function webDb(ports: compose.PortString) {
  return compose.stack('web-db', {
    services: [
      compose.service('web', { image: 'nginx', ports: [ports] }),
      compose.service('db', { image: 'postgres', environment: { POSTGRES_PASSWORD: 'example' } }),
    ],
  });
}
