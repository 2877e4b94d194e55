import type { ImageBuilder } from '../builders/image-builder.js';
import type { Image } from '../image/image.js';
import type { NetworkHandle } from './network.js';
import type { Port, PortString } from './port.js';
import type { ConfigHandle } from './config.js';
import type { FileGrant, SecretHandle } from './secret.js';
import type { AnyService, DependsOnInput, ResourceHandle } from './service-handle.js';
import type { Service, ServiceBuild, ServiceNetwork } from './service.js';
import type { MountInput } from './volume.js';

/**
 * A network to join: a handle, or a handle with aliases and addresses.
 *
 * @example
 * const n: NetworkInput = { network: backend, aliases: ['api'] };
 */
export type NetworkInput = NetworkHandle | ({ network: NetworkHandle } & ServiceNetwork);

/**
 * A secret or config to receive: a handle, or a handle with a mount path and owner.
 *
 * @example
 * const g: GrantInput<SecretHandle> = { source: dbPassword, target: 'db_password', mode: 0o400 };
 */
export type GrantInput<H> = H | ({ source: H } & Omit<FileGrant, 'source'>);

type BuildSettings = Omit<ServiceBuild, 'image' | 'dockerfile' | 'target'>;

/**
 * What `build` takes: a DSL image (its `target` must be one of its stages), or a context with
 * an existing Dockerfile.
 *
 * @example
 * const b: BuildInput<'build' | 'runtime'> = { image: api, target: 'runtime' };
 */
export type BuildInput<Stages extends string> =
  | (BuildSettings & { image: ImageBuilder<Stages>; target?: NoInfer<Stages> })
  | (BuildSettings & { image: Image; target?: string })
  | (Omit<ServiceBuild, 'image'> & { context: string });

/**
 * A service's properties as written with handles: networks, volumes, secrets, configs and
 * dependencies are handles, so a misspelt reference is a type error.
 *
 * @example
 * const props: ServiceProps = { image: 'redis:7', networks: [backend], restart: 'unless-stopped' };
 */
export type ServiceProps<Stages extends string = string> = Omit<Service, 'build' | 'ports' | 'networks' | 'volumes' | 'dependsOn' | 'secrets' | 'configs' | 'extends'> & {
  /**
   * How to build the image: a DSL image (its `target` must be one of its stages), or a context with a Dockerfile.
   * @example build: { image: api, target: 'runtime' }
   */
  build?: BuildInput<Stages>;
  /**
   * Ports published on the host: long syntax, or the short syntax people write.
   * @example ports: ['8080:80', '127.0.0.1:53:53/udp']
   */
  ports?: readonly (Port | PortString)[];
  /**
   * Networks to join, as handles, or a handle with aliases and addresses.
   * @example networks: [backend, { network: frontend, aliases: ['shop'] }]
   */
  networks?: readonly NetworkInput[];
  /**
   * Named volumes (`mount(pgdata, '/data')`), bind mounts and tmpfs mounts.
   * @example volumes: [mount(pgdata, '/var/lib/postgresql/data'), bindMount('./conf', '/etc/app', { readOnly: true })]
   */
  volumes?: readonly MountInput[];
  /**
   * Services to start first: a handle waits until it started, `db.healthy()` until it is healthy.
   * @example dependsOn: [db.healthy(), migrate.completed()]
   */
  dependsOn?: readonly DependsOnInput[];
  /**
   * Secrets to receive (files under `/run/secrets/`), as handles or with a target and mode.
   * @example secrets: [dbPassword, { source: apiKey, target: 'api_key', mode: 0o400 }]
   */
  secrets?: readonly GrantInput<SecretHandle>[];
  /**
   * Configs to receive as files, as handles or with a target.
   * @example configs: [{ source: nginxConf, target: '/etc/nginx/nginx.conf' }]
   */
  configs?: readonly GrantInput<ConfigHandle>[];
  /**
   * Another service of this stack (a handle), or one in another file, to start from.
   * @example extends: base
   */
  extends?: AnyService | { service: string; file: string };
};
