import { specObject } from './keys.js';

/**
 * What `docker compose watch` does when a watched path changes.
 *
 * @example
 * const a: WatchAction = 'sync+restart';
 */
export type WatchAction = 'rebuild' | 'sync' | 'restart' | 'sync+restart' | 'sync+exec';

/**
 * A command run in the service's container (`develop.watch[].exec`, `post_start`, `pre_stop`).
 *
 * @example
 * const h: ServiceHook = { command: ['npm', 'run', 'reload'], user: 'node' };
 */
export interface ServiceHook {
  command: string | string[];
  user?: string;
  privileged?: boolean;
  workingDir?: string;
  environment?: Record<string, string | null>;
  [extension: `x-${string}`]: unknown;
}

/**
 * One `develop.watch` rule: a path of the project (relative to the Compose file, rewritten like
 * every other path when the file is written elsewhere) and the action to take.
 *
 * @example
 * const w: WatchRule = { path: './web/src', action: 'sync', target: '/app/src', ignore: ['node_modules/'] };
 */
export interface WatchRule {
  path: string;
  action: WatchAction;
  target?: string;
  ignore?: string | string[];
  include?: string | string[];
  initialSync?: boolean;
  exec?: ServiceHook;
  [extension: `x-${string}`]: unknown;
}

/**
 * A service's `develop` section, read by `docker compose watch`.
 *
 * @example
 * const d: Develop = { watch: [{ path: './package.json', action: 'rebuild' }] };
 */
export interface Develop {
  watch?: WatchRule[];
  [extension: `x-${string}`]: unknown;
}

/**
 * `develop` as Compose YAML: watched paths rewritten for the output directory.
 *
 * @example
 * compileDevelop({ watch: [{ path: './src', action: 'sync', target: '/app' }] }, (p) => `../${p}`);
 */
export function compileDevelop(develop: Develop, path: (p: string) => string): Record<string, unknown> {
  const watch = develop.watch?.map((rule) =>
    specObject({ ...rule, path: path(rule.path), exec: rule.exec && specObject(rule.exec, ['command', 'user', 'privileged', 'working_dir', 'environment']) }, ['path', 'action', 'target', 'ignore', 'include', 'initial_sync', 'exec']),
  );
  return specObject({ ...develop, watch }, ['watch']);
}
