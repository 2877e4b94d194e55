import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Diagnostic } from '@dockerdsl/core';
import { planCodes } from './plan-codes.js';

/**
 * The files changed since a git reference, as absolute paths: committed, staged and unstaged
 * changes against `ref` (both names of a rename; deletions too, since a deleted file a COPY read
 * changes the image) and untracked files git does not ignore. A reference git does not know is
 * DSL5990; no git work tree is DSL5991.
 *
 * @example
 * changedSince('/repo/apps', 'origin/main'); // { files: ['/repo/apps/api/src/main.ts'] }
 */
export function changedSince(cwd: string, ref: string): { files: string[]; diagnostic?: undefined } | { files?: undefined; diagnostic: Diagnostic } {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  let top: string;
  try {
    top = git('rev-parse', '--show-toplevel').trim();
  } catch (error) {
    return { diagnostic: { ...planCodes.notGit, severity: 'error', message: `cannot list the changes since ${ref}: ${firstLine(error)}`, path: ['plan', 'since'] } };
  }
  try {
    git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    return { diagnostic: { ...planCodes.unknownRef, severity: 'error', message: `git does not know '${ref}'`, path: ['plan', 'since'], hint: 'fetch it first (in CI, fetch-depth: 0), or name a branch, tag or commit that exists here' } };
  }
  const changed = git('diff', '--name-only', '--no-renames', '-z', ref, '--');
  const untracked = git('ls-files', '--others', '--exclude-standard', '-z');
  const files = new Set([...changed.split('\0'), ...untracked.split('\0')].filter((f) => f !== '').map((f) => resolve(top, f)));
  return { files: [...files].sort() };
}

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr;
  return (stderr && stderr.trim() !== '' ? stderr : error instanceof Error ? error.message : String(error)).trim().split('\n')[0]!;
}

/**
 * The changed files of `--since` and `--files` together (absolute paths; `--files` may repeat
 * and holds comma-separated lists), or undefined when neither flag is given — then every image
 * counts. A reference git cannot diff against is the diagnostic of `changedSince`.
 *
 * @param cwd - where relative paths and git run from
 * @param since - the `--since` git reference
 * @param files - what `--files` parsed to
 * @example
 * changedFiles('/repo', undefined, 'apps/api/a.ts,README.md'); // { files: ['/repo/apps/api/a.ts', '/repo/README.md'] }
 */
export function changedFiles(cwd: string, since: string | undefined, files: unknown): { files: string[]; diagnostic?: undefined } | { files?: undefined; diagnostic: Diagnostic } | undefined {
  if (since === undefined && files === undefined) return undefined;
  const listed = [files ?? []].flat().flatMap((f) => String(f).split(',')).filter((f) => f !== '').map((f) => resolve(cwd, f));
  if (since === undefined) return { files: listed };
  const changed = changedSince(cwd, since);
  return changed.diagnostic ? changed : { files: [...listed, ...changed.files] };
}
