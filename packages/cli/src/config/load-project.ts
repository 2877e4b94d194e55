import type { DslConfig } from '@dockerdsl/core';
import { UsageError } from '../ui/exit.js';
import { ConfigError, configCodes } from './config-error.js';
import { configNames, findConfig } from './find-config.js';
import { loadConfig } from './load-config.js';

/**
 * A loaded project: the config file and what it exports.
 *
 * @example
 * const { configFile, config }: Project = await loadProject(process.cwd());
 */
export interface Project {
  configFile: string;
  config: DslConfig;
}

/**
 * Finds and loads the project's config (`--config FILE`, or searched upward from `cwd`).
 * Throws `ConfigError` (with a diagnostic) when there is none or it fails to load, and
 * `UsageError` when `--config` names a missing file.
 *
 * @example
 * const { config, configFile } = await loadProject(process.cwd());
 */
export async function loadProject(cwd: string, explicit?: string): Promise<Project> {
  const configFile = findConfig(cwd, explicit);
  if (configFile === undefined) {
    if (explicit !== undefined) throw new UsageError(`--config ${explicit}: no such file`);
    throw new ConfigError({
      ...configCodes.notFound,
      severity: 'error',
      message: `no ${configNames.join(', ')} in ${cwd} or any folder above it`,
      path: [],
      hint: 'run `dsl init` to write a starter dsl.config.ts, or pass --config FILE',
    });
  }
  return { configFile, config: await loadConfig(configFile) };
}
