/**
 * @acme/docker-presets — the first-party dockerdsl presets with Acme's defaults: base images,
 * the runtime user, OCI and team labels, and the registry namespace of the tags. Services
 * depend on it through the workspace and call one function per image.
 *
 * @example
 * import { acmeGoService } from '@acme/docker-presets';
 * export const api = acmeGoService({ name: 'api', team: 'payments', context: 'services/api' }).image();
 */
export * from './bases.js';
export * from './company.js';
export * from './services.js';
