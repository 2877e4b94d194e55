import { z } from 'zod';
import { copySourceSchema, copySourceText, type CopySource } from '../model/references.js';
import { asciiFlagValue } from '../model/primitives.js';
import { mountFlag } from '../print/flag-quote.js';
import { defaultPrintContext, type PrintContext } from '../print/print-context.js';
import { mountedSecret, type BuildSecret } from '../build-inputs/build-secret.js';
import { mountedSsh, type SshAgent } from '../build-inputs/ssh-agent.js';

/**
 * `RUN --mount=type=bind`: a read-only (by default) view of the context, a stage or an image.
 *
 * @example
 * const m: BindMount = { type: 'bind', target: '/src', from: { stage: 'deps' } };
 */
export interface BindMount {
  type: 'bind';
  /** Where to mount it; without one, BuildKit mounts at the working directory. */
  target?: string;
  source?: string;
  from?: CopySource;
  readwrite?: boolean;
}

/**
 * `RUN --mount=type=cache`: a persistent cache directory (package managers, compilers).
 *
 * @example
 * const m: CacheMount = { type: 'cache', target: '/root/.npm', sharing: 'locked' };
 */
export interface CacheMount {
  type: 'cache';
  /** Where to mount it; without one, BuildKit mounts at the working directory. */
  target?: string;
  id?: string;
  readonly?: boolean;
  sharing?: 'shared' | 'private' | 'locked';
  from?: CopySource;
  source?: string;
  mode?: string;
  uid?: number;
  gid?: number;
}

/**
 * `RUN --mount=type=tmpfs`: a scratch directory in memory.
 *
 * @example
 * const m: TmpfsMount = { type: 'tmpfs', target: '/tmp', size: '64m' };
 */
export interface TmpfsMount {
  type: 'tmpfs';
  /** Where to mount it; without one, BuildKit mounts at the working directory. */
  target?: string;
  size?: string;
}

/**
 * `RUN --mount=type=secret`: a build secret, as a file or an environment variable, never
 * stored in a layer.
 *
 * @example
 * const m: SecretMount = { type: 'secret', id: 'npmrc', target: '/root/.npmrc' };
 */
export interface SecretMount {
  type: 'secret';
  id?: string;
  target?: string;
  env?: string;
  required?: boolean;
  mode?: string;
  uid?: number;
  gid?: number;
}

/**
 * `RUN --mount=type=ssh`: access to the SSH agent of the client.
 *
 * @example
 * const m: SshMount = { type: 'ssh', required: true };
 */
export interface SshMount {
  type: 'ssh';
  id?: string;
  target?: string;
  required?: boolean;
  mode?: string;
  uid?: number;
  gid?: number;
}

/**
 * One `RUN --mount`. Each type accepts only its own options (checked by type and schema).
 *
 * @example
 * const m: Mount = { type: 'cache', target: '/var/cache/apt', sharing: 'locked' };
 */
export type Mount = BindMount | CacheMount | TmpfsMount | SecretMount | SshMount;

const path = asciiFlagValue('a mount path');
const id = z.number().int().min(0);
// BuildKit reads a mount's mode as an octal number only (no symbolic modes).
const mode = z.string().regex(/^[0-7]{3,4}$/, { error: 'expected an octal mode such as 0755' });

/**
 * Schema of a mount, discriminated by `type`.
 *
 * @example
 * mountSchema.parse(cache('/root/.cache/pip'));
 */
export const mountSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('bind'), target: path.optional(), source: path.optional(), from: copySourceSchema.optional(), readwrite: z.boolean().optional() }),
  z.strictObject({
    type: z.literal('cache'),
    target: path.optional(),
    id: asciiFlagValue('a cache id').optional(),
    readonly: z.boolean().optional(),
    sharing: z.enum(['shared', 'private', 'locked']).optional(),
    from: copySourceSchema.optional(),
    source: path.optional(),
    mode: mode.optional(),
    uid: id.optional(),
    gid: id.optional(),
  }),
  z.strictObject({ type: z.literal('tmpfs'), target: path.optional(), size: z.string().regex(/^\d+(?:[kmgt]i?b?|b)?$/i, { error: 'expected a size such as 64m' }).optional() }),
  z.strictObject({
    type: z.literal('secret'),
    id: asciiFlagValue('a secret id').optional(),
    target: path.optional(),
    env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).optional(),
    required: z.boolean().optional(),
    mode: mode.optional(),
    uid: id.optional(),
    gid: id.optional(),
  }).refine((m) => m.id !== undefined || m.target !== undefined || m.env !== undefined, { error: 'a secret mount needs an id, a target or an env' }),
  z.strictObject({
    type: z.literal('ssh'),
    id: asciiFlagValue('an ssh id').optional(),
    target: path.optional(),
    required: z.boolean().optional(),
    mode: mode.optional(),
    uid: id.optional(),
    gid: id.optional(),
  }),
], { error: 'expected a mount type: bind, cache, tmpfs, secret or ssh' });

/**
 * A cache mount, the usual way to keep package-manager caches between builds.
 *
 * @example
 * run('npm ci', { mounts: [cache('/root/.npm')] });
 */
export function cache<const F extends CopySource = never>(target: string, options: Omit<CacheMount, 'type' | 'target' | 'from'> & { from?: F } = {}): Omit<CacheMount, 'from'> & { from?: F } {
  return { type: 'cache', target, ...options };
}

/**
 * A secret mount, by id or — better — by a `buildSecret()` handle, whose id is then the
 * declared one and whose source the image, bake file and Compose pick up.
 *
 * @example
 * const npmrc = buildSecret('npmrc', { file: './.npmrc' });
 * run('npm ci', { mounts: [secret(npmrc, { target: '/root/.npmrc' })] });
 */
export function secret(id: string | BuildSecret, options: Omit<SecretMount, 'type' | 'id'> = {}): SecretMount {
  if (typeof id === 'string') return { type: 'secret', id, ...options };
  return mountedSecret.set({ type: 'secret', id: id.id, ...options }, id);
}

/**
 * A bind mount.
 *
 * @example
 * run('go build ./...', { mounts: [bind('/src', { from: build, source: '/out' })] });
 */
export function bind<const F extends CopySource = never>(target: string, options: Omit<BindMount, 'type' | 'target' | 'from'> & { from?: F } = {}): Omit<BindMount, 'from'> & { from?: F } {
  return { type: 'bind', target, ...options };
}

/**
 * A tmpfs mount.
 *
 * @example
 * run('make test', { mounts: [tmpfs('/tmp', { size: '256m' })] });
 */
export function tmpfs(target: string, options: Omit<TmpfsMount, 'type' | 'target'> = {}): TmpfsMount {
  return { type: 'tmpfs', target, ...options };
}

/**
 * An SSH agent mount: mount options, or an `sshAgent()` handle (then options second).
 *
 * @example
 * run('git clone git@example.com:team/lib.git', { mounts: [ssh()] });
 * run('git clone git@example.com:team/lib.git', { mounts: [ssh(sshAgent('deploy'), { required: true })] });
 */
export function ssh(agentOrOptions: SshAgent | Omit<SshMount, 'type'> = {}, options: Omit<SshMount, 'type' | 'id'> = {}): SshMount {
  const agent = mountedSsh.get(agentOrOptions);
  if (agent === undefined) return { type: 'ssh', ...(agentOrOptions as Omit<SshMount, 'type'>) };
  return mountedSsh.set({ type: 'ssh', ...(agent.id === 'default' ? {} : { id: agent.id }), ...options }, agent);
}

const optionOrder = ['target', 'id', 'source', 'from', 'env', 'sharing', 'size', 'mode', 'uid', 'gid'] as const;

/**
 * The value of a `--mount` flag, in a fixed option order, escaped for BuildKit's flag scanner,
 * CSV reader and shell lexer (see `mountFlag`).
 *
 * @example
 * mountValue({ type: 'cache', target: '/root/.npm' }); // 'type=cache,target=/root/.npm'
 */
export function mountValue(mount: Mount, ctx: PrintContext = defaultPrintContext): string {
  return printMount(mount, ctx).slice('--mount='.length);
}

/**
 * The whole `--mount=…` flag of a mount.
 *
 * @example
 * printMount(cache('/root/.npm'), defaultPrintContext); // '--mount=type=cache,target=/root/.npm'
 */
export function printMount(mount: Mount, ctx: PrintContext): string {
  const fields: Array<readonly [string, string]> = [['type', mount.type]];
  const record = mount as unknown as Record<string, unknown>;
  for (const key of optionOrder) {
    const value = record[key];
    if (value === undefined) continue;
    fields.push([key, key === 'from' ? copySourceText(value as CopySource) : String(value)]);
  }
  const bare: string[] = [];
  if (record.readwrite === true) bare.push('rw');
  if (record.readonly === true) bare.push('ro');
  if (record.required !== undefined) bare.push(record.required ? 'required' : 'required=false');
  return mountFlag(fields, bare, ctx);
}
