import type { ImageInput } from '../builders/image-builder.js';
import type { PolicyPack } from '../checks/registry.js';
import type { Severity } from '../diagnostics/diagnostic.js';
import type { ComposeStack } from '../compose/stack.js';

// Also at the top level, so declaration files of configs can name the type of `compose`.
export type { ComposeStack } from '../compose/stack.js';

/**
 * A project's definitions, as `dsl.config.ts` exports them (default export).
 *
 * @example
 * export default defineConfig({ images: [api, worker], outDir: 'docker' });
 */
export interface DslConfig {
  /** The images to synthesise, one Dockerfile each. */
  images: ImageInput[];
  /** Compose stacks, built with `compose.stack()` (one `compose.yaml` each, plus variants). */
  compose?: ComposeStack[];
  /** Where generated files go, relative to the config file (default `.dsl/out`... see CLI docs). */
  outDir?: string;
  /** Severity per rule code or name, or `off`. */
  rules?: Record<string, Severity | 'off'>;
  /** Policy packs (rules from preset packages) checked next to the built-in rules. */
  policies?: PolicyPack[];
}

/**
 * Declares a project's definitions with full type checking.
 *
 * @example
 * import { defineConfig } from '@dockerdsl/core';
 * export default defineConfig({ images: [api] });
 */
export function defineConfig<const C extends DslConfig>(config: C): C {
  return config;
}
