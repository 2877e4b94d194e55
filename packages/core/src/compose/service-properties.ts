import type { Service } from './service.js';

/**
 * Every `Service` property, for the reader and the `did you mean` of unknown keys.
 *
 * @example
 * serviceProperties.includes('dependsOn'); // true
 */
export const serviceProperties = [
  'image', 'build', 'containerName', 'command', 'entrypoint', 'workingDir', 'user', 'environment', 'envFile', 'ports', 'expose',
  'volumes', 'tmpfs', 'networks', 'networkMode', 'dependsOn', 'healthcheck', 'restart', 'secrets', 'configs', 'profiles', 'deploy',
  'extends', 'labels', 'hostname', 'init', 'readOnly', 'tty', 'stdinOpen', 'stopSignal', 'stopGracePeriod', 'pullPolicy', 'platform',
  'capAdd', 'capDrop', 'securityOpt', 'extraHosts', 'privileged', 'develop', 'models',
] as const satisfies ReadonlyArray<keyof Service>;
