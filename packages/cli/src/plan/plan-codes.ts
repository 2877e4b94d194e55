import { codeRef, type CodeTable } from '@dockerdsl/core/tooling';

/**
 * Codes of `dsl plan`'s own problems (DSL5990–DSL5999, beside the config codes at the end of
 * the parse range): the changed files cannot be found. Stable forever.
 *
 * @example
 * planCodeTable.DSL5990.rule; // 'UnknownGitRef'
 */
export const planCodeTable = {
  DSL5990: { rule: 'UnknownGitRef', severity: 'error', description: 'The `--since` reference (a branch, tag or commit) is not known to git here; in CI, fetch enough history for it (`fetch-depth: 0`).' },
  DSL5991: { rule: 'NotAGitRepository', severity: 'error', description: '`dsl plan --since` (or `dsl build --since`) runs outside a git work tree, or git cannot be run; pass the changed files with `--files` instead.' },
} as const satisfies CodeTable;

/**
 * The plan codes by what went wrong, as the code and rule a diagnostic spreads in.
 *
 * @example
 * planCodes.unknownRef.code; // 'DSL5990'
 */
export const planCodes = {
  unknownRef: codeRef(planCodeTable, 'DSL5990'),
  notGit: codeRef(planCodeTable, 'DSL5991'),
} as const;
