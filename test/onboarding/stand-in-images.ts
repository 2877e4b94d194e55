import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toDockerfile } from '@dockerdsl/core';
import { nodeBuild, nodeRuntime } from '../../examples/workspaces/images/node-bases.js';
import { buildLoaded, npmCaSecretArgs } from '../workspaces/engine-build.js';

// Stand-ins for the public images docs/getting-started.md starts from, which this machine
// cannot pull. They are built from the local Debian base with the very Dockerfiles of the
// workspace example's Node bases, so the apt layers are the ones BuildKit already cached there.

/**
 * Builds a stand-in for `node:22-bookworm-slim` tagged `tag`: Node and npm from the Debian
 * archive and a `node` user with uid 1000, as the official image has. Debian's Node is 18,
 * which does not yet tell an ES module by its syntax as Node 22 does, so a `/package.json` of
 * type module stands in for that (the page's server.js is an ES module next to no package.json).
 * One Dockerfile: the example's runtime base, its build base on it, and the user on top.
 * `scratch` is a folder for the Dockerfile (the context is empty).
 *
 * @example
 * await buildNodeStandIn(runName('node-standin:dev'), dir); // then substitute it by a named context
 */
export async function buildNodeStandIn(tag: string, scratch: string): Promise<void> {
  mkdirSync(scratch, { recursive: true });
  const named = (dockerfile: string, name: string, from?: string) =>
    dockerfile.replace(/^FROM (\S+) AS main$/m, (_, base: string) => `FROM ${from ?? base} AS ${name}`);
  const dockerfile = [
    named(toDockerfile(nodeRuntime), 'node-runtime'),
    named(toDockerfile(nodeBuild), 'node-build', 'node-runtime'),
    'FROM node-build',
    `RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --create-home node && echo '{"type":"module"}' > /package.json`,
    '',
  ].join('\n');
  writeFileSync(join(scratch, 'node.Dockerfile'), dockerfile);
  await buildLoaded({ dockerfile: join(scratch, 'node.Dockerfile'), tag, context: scratch, args: npmCaSecretArgs });
}

/**
 * Builds a stand-in for `postgres:17` tagged `tag` from the local busybox: it refuses to start
 * without the password file `POSTGRES_PASSWORD_FILE` names, listens on 5432, and has a
 * `pg_isready` that answers once it listens — the healthcheck the page writes passes unchanged.
 *
 * @example
 * await buildPostgresStandIn(runName('postgres-standin:dev'), dir);
 */
export async function buildPostgresStandIn(tag: string, scratch: string): Promise<void> {
  mkdirSync(scratch, { recursive: true });
  const dockerfile = [
    'FROM local/busybox:latest',
    "RUN mkdir -p /www && echo ok > /www/index.html && printf '#!/bin/sh\\nexec wget -q -O /dev/null http://127.0.0.1:5432/\\n' > /bin/pg_isready && chmod +x /bin/pg_isready",
    'CMD ["sh", "-c", "test -s \\"$POSTGRES_PASSWORD_FILE\\" && exec httpd -f -p 5432 -h /www"]',
    '',
  ].join('\n');
  writeFileSync(join(scratch, 'postgres.Dockerfile'), dockerfile);
  await buildLoaded({ dockerfile: join(scratch, 'postgres.Dockerfile'), tag, context: scratch });
}
