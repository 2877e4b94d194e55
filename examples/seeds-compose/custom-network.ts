import { compose } from '@dockerdsl/core';

const webnet = compose.network('webnet');

const web = compose.service('web', { image: 'nginx:latest', ports: ['8080:80'], networks: [webnet] });
// The seed keeps the password in plain text; DSL4013 warns about it (use a secret instead).
const db = compose.service('db', { image: 'postgres:latest', environment: { POSTGRES_PASSWORD: 'secret' }, networks: [webnet] });
const redis = compose.service('redis', { image: 'redis:latest', networks: [webnet] });

/**
 * `custom-network.compose.yaml`: three services on one user-defined network, declared once
 * as a handle (the seed's obsolete `version: '3'` is not written).
 *
 * @example
 * compose.compileCompose(customNetwork).diagnostics; // DSL4013 for POSTGRES_PASSWORD
 */
export const customNetwork = compose.stack('custom-network', { services: [web, db, redis] });
