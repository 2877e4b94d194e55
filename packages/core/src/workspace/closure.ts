import { didYouMean } from '../diagnostics/did-you-mean.js';
import { DslError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { captureSource, sourceOf } from '../model/source-location.js';
import { closureOrder } from './package-graph.js';
import type { Workspace, WorkspacePackage } from './read-workspace.js';
import { workspaceCodes } from './workspace-codes.js';

/**
 * What an image of one workspace package needs from the workspace: the package, its closure
 * in build order (dependencies first, the package last) and the root files an install reads.
 *
 * @example
 * const c: WorkspaceClosure = workspaceClosure(ws, '@acme/api');
 * c.packages.map((p) => p.dir); // ['packages/config', 'packages/shared', 'apps/api']
 */
export interface WorkspaceClosure {
  workspace: Workspace;
  package: WorkspacePackage;
  packages: WorkspacePackage[];
}

/**
 * The closure of workspace package `name`. Throws a `DslError` when the workspace has errors
 * (its DSL7xxx diagnostics) or has no such package (DSL7008, located where this was called,
 * with the closest name as a hint).
 *
 * @example
 * const ws = readWorkspace(import.meta.dirname);
 * workspaceClosure(ws, '@acme/api').packages.map((p) => p.name); // ['@acme/config', '@acme/shared', '@acme/api']
 */
export function workspaceClosure(workspace: Workspace, name: string): WorkspaceClosure {
  const errors = workspace.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new DslError(errors);
  const pkg = workspace.packages.get(name);
  if (!pkg) throw new DslError([unknownPackage(workspace, name, sourceOf(captureSource({})))]);
  const packages = closureOrder(workspace.packages, name).map((n) => workspace.packages.get(n)!);
  return { workspace, package: pkg, packages };
}

function unknownPackage(workspace: Workspace, name: string, source: Diagnostic['source']): Diagnostic {
  const guess = didYouMean(name, workspace.packages.keys());
  return {
    code: 'DSL7008',
    rule: workspaceCodes.DSL7008.rule,
    severity: 'error',
    message: `the workspace at ${workspace.root} has no package '${name}'`,
    path: ['workspace', 'packages', name],
    ...(source ? { source } : {}),
    hint: guess ? `did you mean '${guess}'?` : `its packages: ${[...workspace.packages.keys()].sort().join(', ') || 'none'}`,
  };
}
