/**
 * Codes of `dsl plan`'s own problems (DSL5990–DSL5999, beside the config codes at the end of
 * the parse range): the changed files cannot be found.
 *
 * @example
 * planCodes.unknownRef.code; // 'DSL5990'
 */
export const planCodes = {
  unknownRef: { code: 'DSL5990', rule: 'UnknownGitRef' },
  notGit: { code: 'DSL5991', rule: 'NotAGitRepository' },
} as const;

/**
 * What each plan code means, for the diagnostics reference (docs/diagnostics.md).
 *
 * @example
 * planCodeDescriptions.DSL5990; // 'The `--since` reference …'
 */
export const planCodeDescriptions: Record<(typeof planCodes)[keyof typeof planCodes]['code'], string> = {
  DSL5990: 'The `--since` reference (a branch, tag or commit) is not known to git here; in CI, fetch enough history for it (`fetch-depth: 0`).',
  DSL5991: '`dsl plan --since` (or `dsl build --since`) runs outside a git work tree, or git cannot be run; pass the changed files with `--files` instead.',
};
