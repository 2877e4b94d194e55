import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locateKey, readManifest, type ManifestFile, type PackageManifest } from './manifest.js';
import { findCycles, internalDependencies, type WorkspaceDependency } from './package-graph.js';
import { detectManager, workspaceGlobs, workspaceLockfiles, type WorkspaceManager } from './workspace-globs.js';
import { workspaceCodes } from './workspace-codes.js';

// tinyglobby (with fdir and picomatch) loads when a workspace is read, not with core: importing
// it took a tenth of every `dsl` start, most of which read no workspace.
const load = createRequire(import.meta.url);

/**
 * One package of a workspace.
 *
 * @example
 * const api: WorkspacePackage = workspace.packages.get('@acme/api')!;
 * api.dir; // 'apps/api'
 */
export interface WorkspacePackage {
  name: string;
  /** Folder relative to the workspace root, with `/` separators. */
  dir: string;
  /** Absolute path of its `package.json`. */
  manifestFile: string;
  manifest: PackageManifest;
  /** The other workspace packages it depends on, from every dependency field. */
  internalDependencies: WorkspaceDependency[];
}

/**
 * A workspace as its package manager reads it: the root, the manager, the lockfile and the
 * packages by name. `diagnostics` holds what is wrong (an empty list when nothing is).
 *
 * @example
 * const ws: Workspace = readWorkspace('/repo');
 * ws.manager; // 'npm'
 */
export interface Workspace {
  /** Absolute root folder (the one with the root `package.json`). */
  root: string;
  manager: WorkspaceManager;
  /** The lockfile relative to the root, when there is one. */
  lockfile?: string;
  /** Files at the root an install needs besides the lockfile (`package.json`, `.npmrc`, `pnpm-workspace.yaml`, …), relative. */
  rootFiles: string[];
  rootManifest: PackageManifest;
  packages: ReadonlyMap<string, WorkspacePackage>;
  diagnostics: Diagnostic[];
}

const installFiles = ['package.json', 'pnpm-workspace.yaml', '.npmrc', '.yarnrc.yml'];

/**
 * Reads the workspace at `root` the way npm, yarn or pnpm would: finds the manager, expands
 * the workspace globs to the folders holding a `package.json`, reads each manifest and links
 * the packages by their dependencies. Never throws: problems are diagnostics (DSL7001–DSL7010)
 * pointing at the manifest line that causes them.
 *
 * @example
 * const ws = readWorkspace(import.meta.dirname);
 * if (ws.diagnostics.length === 0) ws.packages.get('@acme/api')!.internalDependencies;
 */
export function readWorkspace(root: string): Workspace {
  const base = resolve(root);
  const rootRead = readManifest(join(base, 'package.json'));
  if (!rootRead.manifest) {
    const diagnostic: Diagnostic = rootRead.diagnostic ?? { code: 'DSL7001', rule: workspaceCodes.DSL7001.rule, severity: 'error', message: `no package.json at the workspace root ${base}`, path: ['workspace'] };
    return { root: base, manager: 'npm', rootFiles: [], rootManifest: {}, packages: new Map(), diagnostics: [diagnostic] };
  }
  const rootManifest = rootRead.manifest;
  const manager = detectManager(base, rootManifest.manifest);
  const { globs, diagnostics } = workspaceGlobs(base, manager, rootManifest);
  const packages = readPackages(base, globs, diagnostics);
  if (packages.size === 0) diagnostics.push(noPackages(rootManifest, manager, globs));
  linkPackages(packages, diagnostics);
  const lockfile = workspaceLockfiles[manager];
  const hasLockfile = existsSync(join(base, lockfile));
  return {
    root: base,
    manager,
    ...(hasLockfile ? { lockfile } : {}),
    rootFiles: installFiles.filter((f) => existsSync(join(base, f))),
    rootManifest: rootManifest.manifest,
    packages,
    diagnostics,
  };
}

function readPackages(root: string, globs: string[], diagnostics: Diagnostic[]): Map<string, WorkspacePackage> {
  const include = globs.filter((g) => !g.startsWith('!')).map((g) => `${g}/package.json`);
  const exclude = globs.filter((g) => g.startsWith('!')).flatMap((g) => [`${g.slice(1)}/package.json`, `${g.slice(1)}/**`]);
  const { globSync } = load('tinyglobby') as typeof import('tinyglobby');
  const files = include.length === 0 ? [] : globSync(include, { cwd: root, ignore: ['**/node_modules/**', ...exclude], onlyFiles: true, expandDirectories: false, dot: false });
  const packages = new Map<string, WorkspacePackage>();
  for (const relative of files.sort()) {
    const dir = dirname(relative);
    if (dir === '.') continue;
    const read = readManifest(join(root, relative));
    if (read.diagnostic) diagnostics.push(read.diagnostic);
    if (!read.manifest) continue;
    const { manifest, file, text } = read.manifest;
    if (typeof manifest.name !== 'string' || manifest.name === '') {
      diagnostics.push({ code: 'DSL7004', rule: workspaceCodes.DSL7004.rule, severity: 'error', message: `the workspace package in ${dir} has no name`, path: ['workspace', 'packages', dir], source: { file, line: 1, column: 1 }, hint: 'give it a "name" in its package.json' });
      continue;
    }
    const other = packages.get(manifest.name);
    if (other) {
      diagnostics.push({ code: 'DSL7006', rule: workspaceCodes.DSL7006.rule, severity: 'error', message: `${dir} and ${other.dir} are both named '${manifest.name}'`, path: ['workspace', 'packages', manifest.name], source: locateKey(file, text, ['name']) });
      continue;
    }
    packages.set(manifest.name, { name: manifest.name, dir, manifestFile: file, manifest, internalDependencies: [] });
  }
  return packages;
}

function linkPackages(packages: Map<string, WorkspacePackage>, diagnostics: Diagnostic[]): void {
  const texts = new Map<string, ManifestFile>();
  const textOf = (pkg: WorkspacePackage): ManifestFile => {
    let m = texts.get(pkg.name);
    if (!m) texts.set(pkg.name, (m = readManifest(pkg.manifestFile).manifest ?? { file: pkg.manifestFile, text: '{}', manifest: pkg.manifest }));
    return m;
  };
  for (const pkg of packages.values()) {
    const { internal, missing } = internalDependencies(pkg.manifest, new Set(packages.keys()));
    pkg.internalDependencies = internal;
    for (const dep of missing) {
      const m = textOf(pkg);
      diagnostics.push({ code: 'DSL7007', rule: workspaceCodes.DSL7007.rule, severity: 'error', message: `${pkg.name} depends on '${dep.name}' (${dep.spec}), which is not a package of the workspace`, path: ['workspace', 'packages', pkg.name, dep.field, dep.name], source: locateKey(m.file, m.text, [dep.field, dep.name]) });
    }
  }
  for (const cycle of findCycles(packages)) {
    const first = packages.get(cycle[0]!)!;
    const edge = first.internalDependencies.find((d) => d.name === cycle[1])!;
    const m = textOf(first);
    diagnostics.push({ code: 'DSL7005', rule: workspaceCodes.DSL7005.rule, severity: 'error', message: `workspace packages depend on each other in a cycle: ${[...cycle, cycle[0]].join(' → ')}`, path: ['workspace', 'packages', first.name, edge.field, edge.name], source: locateKey(m.file, m.text, [edge.field, edge.name]) });
  }
}

function noPackages(root: ManifestFile, manager: WorkspaceManager, globs: string[]): Diagnostic {
  const where = manager === 'pnpm' ? 'pnpm-workspace.yaml' : 'the "workspaces" field of package.json';
  return {
    code: 'DSL7003',
    rule: workspaceCodes.DSL7003.rule,
    severity: 'error',
    message: globs.length === 0 ? `${root.file} declares no workspace packages (${where})` : `the workspace globs ${globs.join(', ')} match no folder with a package.json`,
    path: ['workspace', 'globs'],
    source: locateKey(root.file, root.text, manager === 'pnpm' ? [] : ['workspaces']),
  };
}
