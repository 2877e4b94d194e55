/**
 * The workspace model: a monorepo's packages read the way npm, yarn, pnpm, uv or go read them.
 *
 * @example
 * import { readWorkspace, workspaceClosure } from '@dockerdsl/core';
 * const api = workspaceClosure(readWorkspace(import.meta.dirname), '@acme/api');
 */
export { closureOrder, dependencyFields, findCycles, internalDependencies, type WorkspaceDependency } from './package-graph.js';
export { locateKey, readManifest, type ManifestFile, type PackageManifest } from './manifest.js';
export { readWorkspace, type Workspace, type WorkspacePackage } from './read-workspace.js';
export { workspaceClosure, type WorkspaceClosure } from './closure.js';
export { detectManager, workspaceGlobs, workspaceLockfiles, type WorkspaceManager } from './workspace-globs.js';
export { workspaceCodes, type WorkspaceCode } from './workspace-codes.js';
export { goModuleClosure, readGoWork, type GoModule, type GoWorkspace } from './go-work.js';
export { normalizePythonName, readUvWorkspace, uvMemberClosure, type UvMember, type UvWorkspace } from './uv-workspace.js';
