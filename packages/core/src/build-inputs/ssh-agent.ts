import { z } from 'zod';
import { hiddenSlot } from '../model/hidden-slot.js';
import { flagValue, singleLine } from '../model/primitives.js';

/**
 * An SSH agent (or keys) the build may use through `RUN --mount=type=ssh`. Without `paths` the
 * client's `$SSH_AUTH_SOCK` agent is forwarded; with them, those sockets or key files.
 *
 * @example
 * const github: SshAgent<'default'> = { id: 'default' };
 */
export interface SshAgent<Id extends string = string> {
  readonly id: Id;
  readonly paths?: readonly string[];
}

/**
 * Schema of an SSH agent declaration.
 *
 * @example
 * sshAgentSchema.parse({ id: 'default' });
 */
export const sshAgentSchema = z.strictObject({
  id: flagValue('an ssh id').pipe(z.string().regex(/^[^,=]+$/, { error: 'an ssh id cannot contain , or =' })),
  paths: z.array(singleLine('an ssh socket or key path').pipe(z.string().min(1).regex(/^[^,]+$/, { error: 'an ssh path cannot contain a comma' }))).min(1).readonly().optional(),
});

/**
 * Declares an SSH agent once; `ssh(handle)` mounts it.
 *
 * @example
 * const agent = sshAgent(); // the client's $SSH_AUTH_SOCK as id 'default'
 * const deploy = sshAgent('deploy', { paths: ['./keys/deploy_ed25519'] });
 */
export function sshAgent<const Id extends string = 'default'>(id?: Id, options: { paths?: readonly string[] } = {}): SshAgent<Id> {
  const agent: SshAgent<Id> = { id: (id ?? 'default') as Id, ...(options.paths ? { paths: options.paths } : {}) };
  // The agent marks itself, so `ssh(agent)` can tell it from mount options of the same shape.
  return mountedSsh.set(agent, agent);
}

/** The declaration an `ssh(handle)` mount was made from (and, on a declaration, itself). */
export const mountedSsh = hiddenSlot<SshAgent>('dockerdsl.build-inputs.ssh');

/**
 * The agent as buildx writes it: `default` or `deploy=./keys/a,./keys/b`.
 *
 * @example
 * sshSpec({ id: 'deploy', paths: ['k'] }); // 'deploy=k'
 */
export function sshSpec(agent: SshAgent, path: (p: string) => string = (p) => p): string {
  return agent.paths ? `${agent.id}=${agent.paths.map(path).join(',')}` : agent.id;
}
