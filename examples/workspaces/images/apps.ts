import { readWorkspace } from '@dockerdsl/core';
import { nodeWorkspaceApp } from '@dockerdsl/presets';
import { tag } from './settings.js';

// The workspace is read the way npm reads it: the root package.json's "workspaces", each
// package's manifest, and the links between them.
const workspace = readWorkspace(new URL('..', import.meta.url).pathname);

// Each app installs from the root lockfile with only its closure's manifests, builds
// @ws/config and @ws/shared before itself with tsc, and runs with production dependencies only.
// The CA bundle of a TLS-intercepting proxy (or a private registry) reaches npm as the build
// secret `npm-ca`: `docker build --secret id=npm-ca,src=$NODE_EXTRA_CA_CERTS …`.
const common = { workspace, buildImage: tag('node-build'), runtimeImage: tag('node-runtime'), caSecret: 'npm-ca' } as const;

export const api = nodeWorkspaceApp({ ...common, name: 'api', package: '@ws/api', ports: [8080], tags: [tag('api')] });
export const web = nodeWorkspaceApp({ ...common, name: 'web', package: '@ws/web', ports: [3000], tags: [tag('web')] });
