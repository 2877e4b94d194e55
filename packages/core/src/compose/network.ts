import { captureSource } from '../model/source-location.js';
import { specObject } from './keys.js';

/**
 * A network driver Compose and the engine know.
 *
 * @example
 * const d: NetworkDriver = 'overlay';
 */
export type NetworkDriver = 'bridge' | 'host' | 'none' | 'overlay' | 'macvlan' | 'ipvlan';

/**
 * A top-level network. `name` is the engine-side name (default `<project>_<key>`).
 *
 * @example
 * const n: Network = { driver: 'bridge', internal: true };
 */
export interface Network {
  name?: string;
  driver?: NetworkDriver | (string & {});
  driverOpts?: Record<string, string | number>;
  attachable?: boolean;
  enableIpv6?: boolean;
  internal?: boolean;
  external?: boolean;
  labels?: Record<string, string>;
  ipam?: { driver?: string; config?: Array<{ subnet?: string; ipRange?: string; gateway?: string; auxAddresses?: Record<string, string> }> };
  [extension: `x-${string}`]: unknown;
}

/**
 * A network handle: the key services use to join the network, and its definition. Services
 * take handles, so a misspelt network does not compile.
 *
 * @example
 * const backend = network('backend', { driver: 'bridge' });
 */
export interface NetworkHandle<Key extends string = string> {
  readonly kind: 'network';
  /** Declared by an included file (`compose.included`): used here, not declared. */
  readonly included?: true;
  readonly key: Key;
  readonly definition: Network;
}

/**
 * Declares a network; services join it by handle, and a stack declares it from them.
 *
 * @param key - the network's key under `networks:`
 * @param definition - `driver`, `internal`, `ipam`, `external`, `labels`, …; empty for a default bridge
 * @example
 * const webnet = network('webnet');
 * const db = service('db', { image: 'postgres:16', networks: [webnet] });
 */
export function network<const Key extends string>(key: Key, definition: Network = {}): NetworkHandle<Key> {
  return captureSource({ kind: 'network', key, definition });
}

/** Spec key order of a network. */
const order = ['name', 'driver', 'driver_opts', 'attachable', 'enable_ipv6', 'ipam', 'internal', 'labels', 'external'];

/**
 * A network as Compose YAML; an empty definition stays `null` (`webnet:`), as people write it.
 *
 * @example
 * compileNetwork({ driver: 'bridge' }); // { driver: 'bridge' }
 */
export function compileNetwork(n: Network | null): Record<string, unknown> | null {
  if (n === null || Object.keys(n).length === 0) return null;
  const ipam = n.ipam && specObject({ ...n.ipam, config: n.ipam.config?.map((c) => specObject(c, ['subnet', 'ip_range', 'gateway', 'aux_addresses'])) }, ['driver', 'config']);
  return specObject({ ...n, ipam }, order);
}
