import { captureSource } from '../model/source-location.js';
import { specObject } from './keys.js';

/**
 * A top-level secret: read from a file, from an environment variable of the host, or external.
 *
 * @example
 * const s: Secret = { file: './secrets/db-password.txt' };
 */
export interface Secret {
  name?: string;
  file?: string;
  environment?: string;
  external?: boolean;
  labels?: Record<string, string>;
  [extension: `x-${string}`]: unknown;
}

/**
 * A secret handle.
 *
 * @example
 * const dbPassword = secret('db_password', { file: './secrets/db-password.txt' });
 */
export interface SecretHandle<Key extends string = string> {
  readonly kind: 'secret';
  /** Declared by an included file (`compose.included`): used here, not declared. */
  readonly included?: true;
  readonly key: Key;
  readonly definition: Secret;
}

/**
 * How a service receives a secret or config: by key, with an optional mount path and owner.
 *
 * @example
 * const r: FileGrant = { source: 'db_password', target: '/run/secrets/db', mode: 0o400 };
 */
export interface FileGrant {
  source: string;
  target?: string;
  uid?: string;
  gid?: string;
  mode?: number;
}

/**
 * Declares a secret; services receive it by handle, as a file under `/run/secrets/`.
 *
 * @param key - the secret's key under `secrets:`
 * @param definition - where it comes from: `file`, `environment` or `external`
 * @example
 * const dbPassword = secret('db_password', { file: './secrets/db-password.txt' });
 */
export function secret<const Key extends string>(key: Key, definition: Secret): SecretHandle<Key> {
  return captureSource({ kind: 'secret', key, definition });
}

/** Spec key order of a secret and of a grant. */
const order = ['name', 'environment', 'file', 'external', 'labels'];
const grantOrder = ['source', 'target', 'uid', 'gid', 'mode'];

/**
 * A secret (or config) as Compose YAML, with a relative `file` rewritten by `path`.
 *
 * @example
 * compileSecret({ file: './pw.txt' }, (p) => p); // { file: './pw.txt' }
 */
export function compileSecret(s: Secret, path: (p: string) => string): Record<string, unknown> {
  return specObject({ ...s, file: s.file === undefined ? undefined : path(s.file) }, order);
}

/**
 * A grant as Compose YAML: the short form (`- db_password`) when only the source is given.
 *
 * @example
 * compileGrant({ source: 'db_password' }); // 'db_password'
 */
export function compileGrant(g: FileGrant): string | Record<string, unknown> {
  return Object.keys(g).length === 1 ? g.source : specObject(g, grantOrder);
}
