import { captureSource } from '../model/source-location.js';
import { specObject } from './keys.js';

/**
 * A top-level config (a non-secret file mounted into services): from a file, inline
 * `content`, a host environment variable, or external.
 *
 * @example
 * const c: Config = { file: './nginx.conf' };
 */
export interface Config {
  name?: string;
  file?: string;
  content?: string;
  environment?: string;
  external?: boolean;
  labels?: Record<string, string>;
  [extension: `x-${string}`]: unknown;
}

/**
 * A config handle.
 *
 * @example
 * const nginxConf = config('nginx_conf', { file: './nginx.conf' });
 */
export interface ConfigHandle<Key extends string = string> {
  readonly kind: 'config';
  /** Declared by an included file (`compose.included`): used here, not declared. */
  readonly included?: true;
  readonly key: Key;
  readonly definition: Config;
}

/**
 * Declares a config; services receive it by handle, as a file in the container.
 *
 * @param key - the config's key under `configs:`
 * @param definition - where it comes from: `file`, `content`, `environment` or `external`
 * @example
 * const nginxConf = config('nginx_conf', { file: './nginx.conf' });
 */
export function config<const Key extends string>(key: Key, definition: Config): ConfigHandle<Key> {
  return captureSource({ kind: 'config', key, definition });
}

const order = ['name', 'content', 'environment', 'file', 'external', 'labels'];

/**
 * A config as Compose YAML, with a relative `file` rewritten by `path`.
 *
 * @example
 * compileConfig({ content: 'debug=1' }, (p) => p); // { content: 'debug=1' }
 */
export function compileConfig(c: Config, path: (p: string) => string): Record<string, unknown> {
  return specObject({ ...c, file: c.file === undefined ? undefined : path(c.file) }, order);
}
