import { captureSource } from '../model/source-location.js';
import type { ConfigHandle } from './config.js';
import type { NetworkHandle } from './network.js';
import type { SecretHandle } from './secret.js';
import { ServiceHandle } from './service-handle.js';
import type { VolumeHandle } from './volume.js';

/**
 * Handles for what another Compose file of the stack's `include` declares: a service can join,
 * mount, receive or depend on them, and the stack writes their keys where they are used but
 * never declares them itself (Compose rejects a file that declares again what it includes).
 *
 * @example
 * const db = compose.included.service('db');
 * const api = compose.service('api', { image: 'api:1', dependsOn: [db], networks: [compose.included.network('backend')] });
 * compose.stack('app', { include: ['./db/compose.yaml'], services: [api] });
 */
export const included = {
  /** A service an included file defines. */
  service<const Key extends string>(key: Key): ServiceHandle<Key> {
    return new ServiceHandle(key, captureSource({}), [], [], true);
  },
  /** A network an included file declares. */
  network<const Key extends string>(key: Key): NetworkHandle<Key> {
    return captureSource({ kind: 'network', key, definition: {}, included: true });
  },
  /** A volume an included file declares. */
  volume<const Key extends string>(key: Key): VolumeHandle<Key> {
    return captureSource({ kind: 'volume', key, definition: {}, included: true });
  },
  /** A secret an included file declares. */
  secret<const Key extends string>(key: Key): SecretHandle<Key> {
    return captureSource({ kind: 'secret', key, definition: {}, included: true });
  },
  /** A config an included file declares. */
  config<const Key extends string>(key: Key): ConfigHandle<Key> {
    return captureSource({ kind: 'config', key, definition: {}, included: true });
  },
};
