import { z } from 'zod';
import { buildContextSchema, type BuildContext } from './build-context.js';
import { buildSecretSchema, type BuildSecret } from './build-secret.js';
import { sshAgentSchema, type SshAgent } from './ssh-agent.js';

/**
 * A privilege a build step needs that BuildKit grants only when asked (`--allow`).
 *
 * @example
 * const e: Entitlement = 'network.host';
 */
export type Entitlement = 'network.host' | 'security.insecure';

/**
 * What an image's build takes from outside its context: secrets, SSH agents, named contexts and
 * entitlements. Declared once; Dockerfile mounts, the bake file, Compose and `dsl build` all
 * use the same declarations. Handles used in mounts and COPY are collected on their own.
 *
 * @example
 * const inputs: BuildInputs = { secrets: [{ id: 'npm_token', env: 'NPM_TOKEN' }], entitlements: ['network.host'] };
 */
export interface BuildInputs {
  secrets?: readonly BuildSecret[];
  ssh?: readonly SshAgent[];
  contexts?: readonly BuildContext[];
  entitlements?: readonly Entitlement[];
}

/**
 * Schema of an image's build inputs.
 *
 * @example
 * buildInputsSchema.parse({ secrets: [{ id: 'npmrc', file: '.npmrc' }] });
 */
export const buildInputsSchema = z.strictObject({
  secrets: z.array(buildSecretSchema).readonly().optional(),
  ssh: z.array(sshAgentSchema).readonly().optional(),
  contexts: z.array(buildContextSchema).readonly().optional(),
  entitlements: z.array(z.enum(['network.host', 'security.insecure'])).readonly().optional(),
});
