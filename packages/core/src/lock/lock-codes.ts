import type { CodeTable } from '../diagnostics/code-table.js';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';

/**
 * Codes of `dsl.lock.json` and of `dsl lock`: the file's shape (DSL105x, like the other shape
 * codes) and what the lock finds in the project and the registries (DSL595x–DSL596x).
 *
 * @example
 * lockCodes.DSL5950.rule; // 'UnlockedImageReference'
 */
export const lockCodes = {
  DSL1050: { rule: 'LockFileShape', severity: 'error', description: '`dsl.lock.json` is not JSON, or does not have the lock\'s shape (`{ "images": { ref: { digest, mediaType, platforms } }, "version": 1 }`).' },
  DSL1051: { rule: 'LockFileVersion', severity: 'error', description: '`dsl.lock.json` was written by a newer `dsl` (its `version` is not one this one reads).' },
  DSL5950: { rule: 'UnlockedImageReference', severity: 'warning', description: 'An image reference (FROM, `COPY --from`, a mount\'s `from`, a Compose `image:`) is not in `dsl.lock.json`, so it is written with its tag only. `--frozen` makes this an error; `dsl lock` adds it.' },
  DSL5951: { rule: 'LockedPlatformMissing', severity: 'error', description: 'A platform the image is built for (its `platforms`, the stage\'s `platform` or `--platform`) is not among the platforms the locked base image offers: the build would fail on it.' },
  DSL5952: { rule: 'LockFileConflict', severity: 'error', description: '`dsl.lock.json` still holds merge conflict markers. Take either side and run `dsl lock`: it resolves what is missing and drops what is unused.' },
  DSL5953: { rule: 'RegistryRequestFailed', severity: 'error', description: 'The registry could not be reached or answered with an error while resolving a reference.' },
  DSL5954: { rule: 'ImageNotFound', severity: 'error', description: 'The registry has no image (or no such tag) for a reference the project uses.' },
  DSL5955: { rule: 'RegistryAuthFailed', severity: 'error', description: 'The registry refused the credentials (docker\'s config or credential helper), or asked for credentials there are none of.' },
  DSL5956: { rule: 'LockedTagMoved', severity: 'error', description: '`dsl lock --check`: a locked tag now points at another digest (or platforms) in the registry. `dsl lock --update` moves the lock.' },
  DSL5957: { rule: 'LockOutOfDate', severity: 'error', description: '`dsl lock --check`: the lock lacks a reference the project uses, or holds one it no longer uses. `dsl lock` brings it up to date.' },
  DSL5958: { rule: 'ProjectImageNotPushed', severity: 'warning', description: 'A Compose service runs a project image that the registry does not have yet, so it stays unlocked; push it (`dsl build --push`) and run `dsl lock --update`.' },
  DSL5959: { rule: 'UnknownLockUpdate', severity: 'error', description: '`dsl lock --update NAME`: no locked or used reference matches NAME.' },
} as const satisfies CodeTable;

/**
 * A code of the lock catalogue.
 *
 * @example
 * const code: LockCodeName = Object.keys(lockCodes)[0] as LockCodeName;
 */
export type LockCodeName = keyof typeof lockCodes;

/**
 * A diagnostic of the lock catalogue, with the code's rule and default severity.
 *
 * @example
 * lockDiagnostic('DSL5954', "no image 'acme/base:1' in the registry", ['lock', 'acme/base:1']);
 */
export function lockDiagnostic(code: LockCodeName, message: string, path: PathSegment[], extra: Partial<Pick<Diagnostic, 'severity' | 'hint' | 'source'>> = {}): Diagnostic {
  const { rule, severity } = lockCodes[code];
  return { code, rule, severity, message, path, ...extra };
}
