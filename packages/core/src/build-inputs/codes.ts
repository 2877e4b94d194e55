import type { CodeTable } from '../diagnostics/code-table.js';

/**
 * Codes of the build-input diagnostics (DSL2030–DSL2039): secrets, SSH agents, named contexts
 * and entitlements that a step uses but the image never declares. Stable forever.
 *
 * @example
 * buildInputCodes.DSL2030.rule; // 'UndeclaredBuildSecret'
 */
export const buildInputCodes = {
  DSL2030: { rule: 'UndeclaredBuildSecret', severity: 'warning', description: 'A secret mount uses an id the image never declares, so neither the bake file nor Compose can supply it (only `dsl build --secret` can).' },
  DSL2031: { rule: 'UndeclaredSshAgent', severity: 'warning', description: 'An SSH mount uses an id the image never declares, so neither the bake file nor Compose can forward it (only `dsl build --ssh` can).' },
  DSL2032: { rule: 'UndefinedBuildContext', severity: 'error', description: 'A `COPY --from` or mount `from` names a build context ({ context }) the image never defines.' },
  DSL2033: { rule: 'MissingEntitlement', severity: 'error', description: 'A RUN uses `--network=host` or `--security=insecure` without the image declaring the entitlement BuildKit must grant for it.' },
  DSL2034: { rule: 'ConflictingBuildInput', severity: 'error', description: 'Two declarations of one secret, SSH or context id give different sources.' },
  DSL2035: { rule: 'UnknownProjectContext', severity: 'error', description: 'A build context names a project image that the project does not have.' },
} as const satisfies CodeTable;

/**
 * A build-input diagnostic code.
 *
 * @example
 * const code: BuildInputCode = 'DSL2032';
 */
export type BuildInputCode = keyof typeof buildInputCodes;
