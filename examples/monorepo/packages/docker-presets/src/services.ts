import { goApp, nodeApp, pythonApp, type GoAppOptions, type NodeAppOptions, type Preset, type PythonAppOptions, type StageMap } from '@dockerdsl/presets';
import { acmeBases } from './bases.js';
import { acmeLabels, acmeRegistry, acmeUser, acmeVersion, type AcmeService } from './company.js';

type Extra<O> = Omit<O, 'name' | 'user' | 'labels' | 'tags'> & { labels?: Record<string, string> };

/** Company defaults on top of a first-party preset: user, labels, tag and context. */
function stamp<S extends StageMap>(preset: Preset<S, 'runtime'>, service: AcmeService): Preset<S, 'runtime'> {
  const version = acmeVersion(service);
  return preset.withImage({ context: service.context, tags: [`${acmeRegistry()}/${service.name}:${version}`] });
}

/**
 * An Acme Go service: `goApp` on scratch with Acme's bases, user, labels and tag.
 *
 * @example
 * export const api = acmeGoService({ name: 'api', team: 'payments', context: 'services/api' }, { manifests: ['go.mod'] });
 */
export function acmeGoService(service: AcmeService, options: Extra<GoAppOptions> = {}) {
  const bases = acmeBases();
  const preset = goApp({
    buildImage: bases.goBuild,
    runtimeImage: bases.goRuntime,
    ...options,
    name: service.name,
    user: acmeUser,
    labels: { ...acmeLabels(service, acmeVersion(service)), ...options.labels },
  });
  return stamp(preset, service);
}

/**
 * An Acme Node service: `nodeApp` with Acme's bases, user, labels and tag.
 *
 * @example
 * export const web = acmeNodeService({ name: 'web', team: 'storefront', context: 'services/web/app' });
 */
export function acmeNodeService(service: AcmeService, options: Extra<NodeAppOptions> = {}) {
  const bases = acmeBases();
  const preset = nodeApp({
    buildImage: bases.nodeBuild,
    runtimeImage: bases.nodeRuntime,
    ...options,
    name: service.name,
    user: acmeUser,
    labels: { ...acmeLabels(service, acmeVersion(service)), ...options.labels },
  });
  return stamp(preset, service);
}

/**
 * An Acme Python service: `pythonApp` with Acme's bases, user, labels and tag.
 *
 * @example
 * export const worker = acmePythonService({ name: 'worker', team: 'data', context: 'services/worker' });
 */
export function acmePythonService(service: AcmeService, options: Extra<PythonAppOptions> = {}) {
  const bases = acmeBases();
  const preset = pythonApp({
    buildImage: bases.pythonBuild,
    runtimeImage: bases.pythonRuntime,
    buildIsolation: bases.pythonBuildIsolation,
    ...options,
    name: service.name,
    user: acmeUser,
    labels: { ...acmeLabels(service, acmeVersion(service)), ...options.labels },
  });
  return stamp(preset, service);
}
