import type { compose } from '@dockerdsl/core';
import { buildContext } from './build-context.js';
import { customNetwork } from './custom-network.js';
import { dependsOn } from './depends-on.js';
import { healthcheck } from './healthcheck.js';
import { overrideDev } from './override-dev.js';
import { webDb } from './web-db.js';

/**
 * Typed twins of the seed Compose files, by seed file name. Each compiles to files that
 * `docker compose config` reads as the same project as its seed.
 *
 * @example
 * import { twins } from '@dockerdsl/example-seeds-compose';
 * compose.compileCompose(twins['web-db.compose.yaml']);
 */
export const twins: Record<string, compose.ComposeStack> = {
  'build-context.compose.yaml': buildContext,
  'custom-network.compose.yaml': customNetwork,
  'depends-on.compose.yaml': dependsOn,
  'healthcheck.compose.yaml': healthcheck,
  'override-dev.compose.yaml': overrideDev,
  'web-db-v3.compose.yaml': webDb('80:80'),
  'web-db.compose.yaml': webDb('8080:80'),
};
