import { captureSource } from '../model/source-location.js';
import { specObject } from './keys.js';

/**
 * A top-level named volume.
 *
 * @example
 * const v: Volume = { driver: 'local', labels: { backup: 'daily' } };
 */
export interface Volume {
  name?: string;
  driver?: string;
  driverOpts?: Record<string, string | number>;
  external?: boolean;
  labels?: Record<string, string>;
  [extension: `x-${string}`]: unknown;
}

/**
 * A volume handle: what a service mounts with `mount(handle, target)`.
 *
 * @example
 * const pgdata = volume('pgdata');
 */
export interface VolumeHandle<Key extends string = string> {
  readonly kind: 'volume';
  /** Declared by an included file (`compose.included`): used here, not declared. */
  readonly included?: true;
  readonly key: Key;
  readonly definition: Volume;
}

/**
 * Declares a named volume; services mount it by handle (`mount(pgdata, '/data')`).
 *
 * @param key - the volume's key under `volumes:`
 * @param definition - `driver`, `driverOpts`, `external`, `labels`, `name`
 * @example
 * const pgdata = volume('pgdata', { labels: { backup: 'daily' } });
 */
export function volume<const Key extends string>(key: Key, definition: Volume = {}): VolumeHandle<Key> {
  return captureSource({ kind: 'volume', key, definition });
}

/**
 * A service mount in the spec's long syntax: a named (or anonymous) volume, a bind mount of a
 * host path, or a tmpfs. Model paths are relative to the project; the compiler rewrites them
 * relative to the generated file.
 *
 * @example
 * const m: ServiceMount = { type: 'bind', source: './site', target: '/www', readOnly: true };
 */
export type ServiceMount =
  | { type: 'volume'; source?: string; target: string; readOnly?: boolean; volume?: { nocopy?: boolean; subpath?: string } }
  | { type: 'bind'; source: string; target: string; readOnly?: boolean; bind?: { propagation?: string; createHostPath?: boolean; selinux?: 'z' | 'Z' } }
  | { type: 'tmpfs'; target: string; tmpfs?: { size?: number | string; mode?: number } };

/**
 * How a service mounts a volume handle; `source` becomes the handle.
 *
 * @example
 * const m: VolumeMountInput = { type: 'volume', source: pgdata, target: '/data' };
 */
export type VolumeMountInput = Omit<Extract<ServiceMount, { type: 'volume' }>, 'source'> & { source?: VolumeHandle };

/**
 * What a service's `volumes` takes: a mount with handles, or a bind/tmpfs mount.
 *
 * @example
 * const mounts: MountInput[] = [mount(pgdata, '/data'), bindMount('./conf', '/etc/app', { readOnly: true })];
 */
export type MountInput = VolumeMountInput | Exclude<ServiceMount, { type: 'volume' }>;

/**
 * Mounts a named volume.
 *
 * @example
 * mount(pgdata, '/var/lib/postgresql/data');
 */
export function mount(source: VolumeHandle, target: string, options: { readOnly?: boolean; nocopy?: boolean; subpath?: string } = {}): VolumeMountInput {
  const { readOnly, ...volumeOptions } = options;
  return captureSource({ type: 'volume', source, target, ...(readOnly === undefined ? {} : { readOnly }), ...(Object.keys(volumeOptions).length ? { volume: volumeOptions } : {}) });
}

/**
 * Bind-mounts a host path, relative to the project (or absolute).
 *
 * @example
 * bindMount('./site', '/www', { readOnly: true });
 */
export function bindMount(source: string, target: string, options: { readOnly?: boolean; createHostPath?: boolean } = {}): Extract<ServiceMount, { type: 'bind' }> {
  const { readOnly, ...bind } = options;
  return captureSource({ type: 'bind', source, target, ...(readOnly === undefined ? {} : { readOnly }), ...(Object.keys(bind).length ? { bind } : {}) });
}

/**
 * Mounts a tmpfs.
 *
 * @example
 * tmpfsMount('/tmp', { size: '64m' });
 */
export function tmpfsMount(target: string, options: { size?: number | string; mode?: number } = {}): Extract<ServiceMount, { type: 'tmpfs' }> {
  return captureSource({ type: 'tmpfs', target, ...(Object.keys(options).length ? { tmpfs: options } : {}) });
}

/** Spec key order of a top-level volume and of a long-syntax mount. */
const volumeOrder = ['name', 'driver', 'driver_opts', 'external', 'labels'];
const mountOrder = ['type', 'source', 'target', 'read_only', 'bind', 'volume', 'tmpfs'];

/**
 * A top-level volume as Compose YAML (`null` when empty).
 *
 * @example
 * compileVolume({}); // null
 */
export function compileVolume(v: Volume | null): Record<string, unknown> | null {
  return v === null || Object.keys(v).length === 0 ? null : specObject(v, volumeOrder);
}

/**
 * A service mount as Compose YAML, with relative host paths rewritten by `path`.
 *
 * @example
 * compileMount({ type: 'tmpfs', target: '/tmp' }, (p) => p); // { type: 'tmpfs', target: '/tmp' }
 */
export function compileMount(m: ServiceMount, path: (p: string) => string): Record<string, unknown> {
  if (m.type === 'bind') return specObject({ ...m, source: path(m.source), bind: m.bind && specObject(m.bind) }, mountOrder);
  if (m.type === 'volume') return specObject({ ...m, volume: m.volume && specObject(m.volume) }, mountOrder);
  return specObject(m, mountOrder);
}
