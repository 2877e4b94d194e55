import { ImageBuilder, toImage } from '../builders/image-builder.js';
import { captureSource, inheritSource } from '../model/source-location.js';
import type { ConfigHandle } from './config.js';
import { port, type Port } from './port.js';
import type { FileGrant, SecretHandle } from './secret.js';
import { ServiceHandle, type AnyService, type ResourceHandle } from './service-handle.js';
import type { BuildInput, GrantInput, ServiceProps } from './service-props.js';
import type { Service, ServiceBuild } from './service.js';
import type { ServiceMount } from './volume.js';

/**
 * Defines a service. Networks, volumes, secrets, configs and dependencies are handles, so a
 * misspelt reference is a type error and the stack declares them without being told.
 *
 * @param key - the service's key under `services:` (also its host name on shared networks)
 * @param props - the service: `image` or `build`, `ports`, `environment`, `dependsOn`, `healthcheck`, …
 * @example
 * const web = service('web', { build: { image: webImage, target: 'runtime' }, ports: [{ target: 8080, published: 8080 }] });
 */
export function service<const Key extends string, Stages extends string = string>(key: Key, props: ServiceProps<Stages>): ServiceHandle<Key> {
  const { definition, resources, dependencies } = serviceFromProps(props);
  return new ServiceHandle(key, captureSource(definition), resources, dependencies);
}

/**
 * Turns handle-style properties (a whole service or an override's patch) into a plain service.
 *
 * @example
 * serviceFromProps({ environment: { DEBUG: '1' } }).definition; // { environment: { DEBUG: '1' } }
 */
export function serviceFromProps(props: Partial<ServiceProps>): { definition: Service; resources: ResourceHandle[]; dependencies: AnyService[] } {
  const resources: ResourceHandle[] = [];
  const dependencies: AnyService[] = [];
  const use = <H extends ResourceHandle>(h: H): string => {
    if (!resources.includes(h)) resources.push(h);
    return h.key;
  };
  const { build, ports, networks, volumes, dependsOn, secrets, configs, extends: base, ...rest } = props;
  const definition: Service = { ...rest };
  if (build) definition.build = buildFrom(build);
  // A string that is not a port stays as written, and validation reports it with a code.
  if (ports) definition.ports = ports.map((p) => (typeof p === 'string' ? (port(p) ?? (p as unknown as Port)) : p));
  if (networks) {
    definition.networks = {};
    for (const n of networks) {
      if ('network' in n) {
        const { network, ...options } = n;
        definition.networks[use(network)] = Object.keys(options).length ? options : null;
      } else definition.networks[use(n)] = null;
    }
  }
  if (volumes) {
    definition.volumes = volumes.map((m): ServiceMount => (m.type === 'volume' && m.source ? inheritSource({ ...m, source: use(m.source) }, m) : (m as ServiceMount)));
  }
  if (dependsOn) {
    definition.dependsOn = {};
    for (const d of dependsOn) {
      const { service: target, condition = 'service_started', ...options } = d instanceof ServiceHandle ? { service: d } : d;
      if (!dependencies.includes(target)) dependencies.push(target);
      definition.dependsOn[target.key] = { condition, ...options };
    }
  }
  const grant = (g: GrantInput<SecretHandle | ConfigHandle>): FileGrant => ('kind' in g ? { source: use(g) } : { ...g, source: use(g.source) });
  if (secrets) definition.secrets = secrets.map(grant);
  if (configs) definition.configs = configs.map(grant);
  if (base) {
    if (base instanceof ServiceHandle) {
      if (!dependencies.includes(base)) dependencies.push(base);
      definition.extends = { service: base.key };
    } else definition.extends = base;
  }
  return { definition, resources, dependencies };
}

function buildFrom(build: BuildInput<string>): ServiceBuild {
  if (!('image' in build) || build.image === undefined) return { ...build } as ServiceBuild;
  const image = build.image instanceof ImageBuilder ? toImage(build.image) : build.image;
  return { ...build, image };
}
