import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locateKey, type ManifestFile } from './manifest.js';
import { workspaceCodes } from './workspace-codes.js';

/**
 * The package managers whose workspaces dockerdsl reads.
 *
 * @example
 * const manager: WorkspaceManager = 'pnpm';
 */
export type WorkspaceManager = 'npm' | 'yarn' | 'pnpm';

/**
 * Each manager's lockfile, at the workspace root.
 *
 * @example
 * workspaceLockfiles.pnpm; // 'pnpm-lock.yaml'
 */
export const workspaceLockfiles: Readonly<Record<WorkspaceManager, string>> = { npm: 'package-lock.json', yarn: 'yarn.lock', pnpm: 'pnpm-lock.yaml' };

/**
 * The manager of a workspace, as the package managers themselves decide: the root manifest's
 * `packageManager` field first, then `pnpm-workspace.yaml`, then the lockfile present, else npm.
 *
 * @example
 * detectManager('/repo', { packageManager: 'yarn@4.5.0' }); // 'yarn'
 */
export function detectManager(root: string, manifest: { packageManager?: unknown }): WorkspaceManager {
  const declared = typeof manifest.packageManager === 'string' ? /^(npm|yarn|pnpm)@/.exec(manifest.packageManager)?.[1] : undefined;
  if (declared) return declared as WorkspaceManager;
  if (existsSync(join(root, 'pnpm-workspace.yaml')) || existsSync(join(root, 'pnpm-lock.yaml'))) return 'pnpm';
  if (existsSync(join(root, 'yarn.lock'))) return 'yarn';
  return 'npm';
}

/**
 * The workspace globs of a root: `workspaces` (an array, or yarn's `{ packages }`) in
 * `package.json` for npm and yarn, `packages` in `pnpm-workspace.yaml` for pnpm. Globs that are
 * not relative paths inside the root are DSL7010 diagnostics; a YAML that does not parse is DSL7002.
 *
 * @example
 * workspaceGlobs('/repo', 'npm', rootManifest).globs; // ['apps/*', 'packages/*']
 */
export function workspaceGlobs(root: string, manager: WorkspaceManager, rootManifest: ManifestFile): { globs: string[]; diagnostics: Diagnostic[] } {
  if (manager === 'pnpm') return pnpmGlobs(join(root, 'pnpm-workspace.yaml'));
  const field = rootManifest.manifest.workspaces;
  const list = Array.isArray(field) ? field : field !== null && typeof field === 'object' && Array.isArray((field as { packages?: unknown }).packages) ? (field as { packages: unknown[] }).packages : [];
  const keyPath = Array.isArray(field) ? ['workspaces'] : ['workspaces', 'packages'];
  return validGlobList(list, (index) => locateKey(rootManifest.file, rootManifest.text, [...keyPath, index]));
}

function pnpmGlobs(file: string): { globs: string[]; diagnostics: Diagnostic[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { globs: [], diagnostics: [] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const { line, col } = lines.linePos(error.pos[0]);
    const message = `${file} does not parse: ${error.message.split('\n')[0]}`;
    return { globs: [], diagnostics: [{ code: 'DSL7002', rule: workspaceCodes.DSL7002.rule, severity: 'error', message, path: ['workspace', 'manifests', file], source: { file, line, column: col } }] };
  }
  const packages = (doc.toJS() as { packages?: unknown } | null)?.packages;
  return validGlobList(Array.isArray(packages) ? packages : [], (index) => locateKey(file, text, ['packages', index]));
}

function validGlobList(list: unknown[], where: (index: number) => Diagnostic['source']): { globs: string[]; diagnostics: Diagnostic[] } {
  const globs: string[] = [];
  const diagnostics: Diagnostic[] = [];
  list.forEach((glob, index) => {
    const bare = typeof glob === 'string' ? glob.replace(/^!/, '') : '';
    if (typeof glob !== 'string' || bare === '' || bare.startsWith('/') || bare.split('/').includes('..')) {
      diagnostics.push({
        code: 'DSL7010',
        rule: workspaceCodes.DSL7010.rule,
        severity: 'error',
        message: `workspace glob ${JSON.stringify(glob)} is not a relative path inside the workspace root`,
        path: ['workspace', 'globs', index],
        ...(where(index) ? { source: where(index)! } : {}),
      });
    } else globs.push(glob.replace(/^\.\//, '').replace(/\/+$/, ''));
  });
  return { globs, diagnostics };
}
