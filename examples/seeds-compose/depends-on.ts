import { compose } from '@dockerdsl/core';

// The seed names `db` without defining it (docker compose rejects it: DSL4005). A handle
// cannot point at nothing, so the twin defines the database it waits for.
const db = compose.service('db', { image: 'postgres' });
const web = compose.service('web', { image: 'nginx', dependsOn: [db] });

/**
 * `depends-on.compose.yaml`: `web` starts after `db`.
 *
 * @example
 * compose.compileCompose(dependsOn).ok; // true
 */
export const dependsOn = compose.stack('depends-on', { services: [web] });
