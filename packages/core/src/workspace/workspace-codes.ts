import type { CodeTable } from '../diagnostics/code-table.js';

/**
 * Codes of the workspace diagnostics (DSL7000–DSL7059): problems reading a monorepo's
 * workspace (npm, yarn, pnpm, uv or go.work) — its manifests, its package globs and the graph
 * of its packages — and using it in a workspace preset. Stable forever.
 *
 * @example
 * workspaceCodes.DSL7005.rule; // 'WorkspaceCycle'
 */
export const workspaceCodes = {
  DSL7001: { rule: 'WorkspaceRootNotFound', severity: 'error', description: 'The workspace root has no readable `package.json`.' },
  DSL7002: { rule: 'WorkspaceManifestSyntax', severity: 'error', description: 'A `package.json` or `pnpm-workspace.yaml` of the workspace does not parse, or is not an object.' },
  DSL7003: { rule: 'NoWorkspacePackages', severity: 'error', description: 'The root declares no workspace globs (`workspaces` in `package.json`, `packages` in `pnpm-workspace.yaml`), or they match no package.' },
  DSL7004: { rule: 'UnnamedWorkspacePackage', severity: 'error', description: 'A folder the workspace globs match has a `package.json` without a `name`, so nothing can depend on it.' },
  DSL7005: { rule: 'WorkspaceCycle', severity: 'error', description: 'Workspace packages depend on each other in a cycle, so no build order exists.' },
  DSL7006: { rule: 'DuplicateWorkspacePackage', severity: 'error', description: 'Two workspace folders declare the same package name.' },
  DSL7007: { rule: 'MissingWorkspacePackage', severity: 'error', description: 'A `workspace:` dependency names a package the workspace does not have.' },
  DSL7008: { rule: 'UnknownWorkspacePackage', severity: 'error', description: 'A definition asks for a workspace package that does not exist (a typo, or a folder the globs do not match).' },
  DSL7009: { rule: 'WorkspaceLockfileMissing', severity: 'error', description: 'The workspace has no lockfile of its package manager at the root, so installs in the image cannot be frozen.' },
  DSL7010: { rule: 'InvalidWorkspaceGlob', severity: 'error', description: 'A workspace glob is not a string, is absolute, or climbs out of the root with `..`.' },
  DSL7040: { rule: 'YarnClassicWorkspace', severity: 'error', description: "The workspace's `packageManager` is yarn 1 (classic), which has no immutable install per workspace nor `workspaces focus`: the Node workspace preset needs yarn 2 or later." },
  DSL7041: { rule: 'UvManifestSyntax', severity: 'error', description: 'A `pyproject.toml` of the uv workspace does not parse as TOML, or a member has no `[project] name`.' },
  DSL7042: { rule: 'NotAUvWorkspace', severity: 'error', description: 'The uv workspace root has no `pyproject.toml`, or it has no `[tool.uv.workspace]` table.' },
  DSL7043: { rule: 'UvWorkspaceSourceMissing', severity: 'error', description: 'A dependency whose `tool.uv.sources` entry says `workspace = true` names no member of the uv workspace.' },
} as const satisfies CodeTable;

/**
 * A workspace diagnostic code.
 *
 * @example
 * const code: WorkspaceCode = 'DSL7007';
 */
export type WorkspaceCode = keyof typeof workspaceCodes;
