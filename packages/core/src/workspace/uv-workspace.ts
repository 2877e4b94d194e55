import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { closureOrder, findCycles, type WorkspaceDependency } from './package-graph.js';
import { workspaceCodes } from './workspace-codes.js';

// smol-toml and tinyglobby load when a uv workspace is read, not with core: importing them took a
// tenth of every `dsl` start, most of which read no workspace.
const load = createRequire(import.meta.url);

/**
 * One member of a uv workspace: a folder with a `pyproject.toml` that the root's
 * `[tool.uv.workspace] members` globs match.
 *
 * @example
 * const api: UvMember = ws.members.get('api')!;
 * api.dir; // 'apps/api'
 */
export interface UvMember {
  /** The `[project] name`, normalized as Python packaging compares names (`My_Lib` → `my-lib`). */
  name: string;
  /** Folder relative to the workspace root, with `/` separators. */
  dir: string;
  /** Absolute path of its `pyproject.toml`. */
  manifestFile: string;
  /** The other members it depends on: dependencies whose `tool.uv.sources` entry says `workspace = true`. */
  internalDependencies: WorkspaceDependency[];
}

/**
 * A uv workspace as uv reads it: the root `pyproject.toml` with `[tool.uv.workspace]`, the
 * lockfile, the members by name, and what is wrong with it.
 *
 * @example
 * const ws: UvWorkspace = readUvWorkspace('/repo');
 * ws.lockfile; // 'uv.lock'
 */
export interface UvWorkspace {
  root: string;
  /** `uv.lock` when the root has it. */
  lockfile?: string;
  /** Root files a frozen sync reads besides the lockfile: `pyproject.toml`, and `.python-version` when present. */
  rootFiles: string[];
  members: ReadonlyMap<string, UvMember>;
  diagnostics: Diagnostic[];
}

type Table = Record<string, unknown>;

/**
 * Reads the uv workspace at `root`: expands `[tool.uv.workspace] members` (less `exclude`) to the
 * folders holding a `pyproject.toml`, reads each member's name and dependencies, and links the
 * members through `tool.uv.sources` entries with `workspace = true` (the member's own table,
 * else the root's). Never throws: a TOML error is DSL7041, a root without the workspace table
 * DSL7042, a workspace source naming no member DSL7043, and duplicate names, cycles and bad
 * globs the shared DSL7006, DSL7005 and DSL7010.
 *
 * @example
 * const ws = readUvWorkspace(import.meta.dirname);
 * if (ws.diagnostics.length === 0) ws.members.get('api')!.internalDependencies;
 */
export function readUvWorkspace(root: string): UvWorkspace {
  const base = resolve(root);
  const rootFile = join(base, 'pyproject.toml');
  const diagnostics: Diagnostic[] = [];
  const empty = (): UvWorkspace => ({ root: base, rootFiles: [], members: new Map(), diagnostics });
  if (!existsSync(rootFile)) {
    diagnostics.push({ code: 'DSL7042', rule: workspaceCodes.DSL7042.rule, severity: 'error', message: `no pyproject.toml at the uv workspace root ${base}`, path: ['workspace'] });
    return empty();
  }
  const rootToml = readToml(rootFile, diagnostics);
  if (!rootToml) return empty();
  const workspaceTable = table(table(rootToml.data.tool).uv).workspace;
  if (workspaceTable === undefined || typeof workspaceTable !== 'object' || workspaceTable === null) {
    diagnostics.push({ code: 'DSL7042', rule: workspaceCodes.DSL7042.rule, severity: 'error', message: `${rootFile} has no [tool.uv.workspace] table`, path: ['workspace'], source: { file: rootFile, line: 1, column: 1 }, hint: 'declare the members: [tool.uv.workspace] members = ["packages/*"]' });
    return empty();
  }
  const globs = validGlobs(rootToml, 'members', diagnostics);
  const excluded = validGlobs(rootToml, 'exclude', diagnostics);
  const rootSources = table(table(table(rootToml.data.tool).uv).sources);
  const members = new Map<string, UvMember & { toml: TomlFile }>();
  const { globSync } = load('tinyglobby') as typeof import('tinyglobby');
  const files = globs.length === 0 ? [] : globSync(globs.map((g) => `${g}/pyproject.toml`), { cwd: base, ignore: excluded.flatMap((g) => [`${g}/pyproject.toml`, `${g}/**`]), onlyFiles: true, expandDirectories: false });
  for (const relative of files.sort()) {
    const dir = dirname(relative);
    if (dir === '.') continue;
    const toml = readToml(join(base, relative), diagnostics);
    if (!toml) continue;
    const rawName = table(toml.data.project).name;
    if (typeof rawName !== 'string' || rawName === '') {
      diagnostics.push({ code: 'DSL7041', rule: workspaceCodes.DSL7041.rule, severity: 'error', message: `the uv workspace member in ${dir} has no [project] name`, path: ['workspace', 'members', dir], source: { file: toml.file, line: 1, column: 1 } });
      continue;
    }
    const name = normalizePythonName(rawName);
    const other = members.get(name);
    if (other) {
      diagnostics.push({ code: 'DSL7006', rule: workspaceCodes.DSL7006.rule, severity: 'error', message: `${dir} and ${other.dir} are both named '${name}'`, path: ['workspace', 'members', name], source: lineOf(toml, 'name') });
      continue;
    }
    members.set(name, { name, dir, manifestFile: toml.file, internalDependencies: [], toml });
  }
  if (globs.length > 0 && members.size === 0) diagnostics.push({ code: 'DSL7003', rule: workspaceCodes.DSL7003.rule, severity: 'error', message: `the uv workspace members ${globs.join(', ')} match no folder with a pyproject.toml`, path: ['workspace', 'globs'], source: lineOf(rootToml, 'members') });
  for (const member of members.values()) linkMember(member, rootSources, members, diagnostics);
  for (const cycle of findCycles(members)) {
    const first = members.get(cycle[0]!)!;
    diagnostics.push({ code: 'DSL7005', rule: workspaceCodes.DSL7005.rule, severity: 'error', message: `uv workspace members depend on each other in a cycle: ${[...cycle, cycle[0]].join(' → ')}`, path: ['workspace', 'members', first.name], source: lineOf(first.toml, cycle[1]!) });
  }
  const publicMembers = new Map([...members].map(([name, { toml: _toml, ...m }]) => [name, m]));
  return {
    root: base,
    ...(existsSync(join(base, 'uv.lock')) ? { lockfile: 'uv.lock' } : {}),
    rootFiles: ['pyproject.toml', '.python-version'].filter((f) => existsSync(join(base, f))),
    members: publicMembers,
    diagnostics,
  };
}

/**
 * A uv workspace member and the members it depends on, directly or through others,
 * dependencies first and the member last.
 *
 * @example
 * uvMemberClosure(ws, 'api').map((m) => m.dir); // ['packages/core', 'apps/api']
 */
export function uvMemberClosure(workspace: UvWorkspace, name: string): UvMember[] {
  return closureOrder(workspace.members, normalizePythonName(name)).map((n) => workspace.members.get(n)!);
}

/**
 * A Python distribution name the way packaging tools compare them: lower case, runs of `-`, `_`
 * and `.` as one `-`.
 *
 * @example
 * normalizePythonName('My_Lib.core'); // 'my-lib-core'
 */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

type TomlFile = { file: string; text: string; data: Table };

function readToml(file: string, diagnostics: Diagnostic[]): TomlFile | undefined {
  const text = readFileSync(file, 'utf8');
  const { parse, TomlError } = load('smol-toml') as typeof import('smol-toml');
  try {
    return { file, text, data: parse(text) as Table };
  } catch (e) {
    const where = e instanceof TomlError ? { line: e.line, column: e.column } : { line: 1, column: 1 };
    const message = `${file} does not parse: ${(e as Error).message.split('\n')[0]}`;
    diagnostics.push({ code: 'DSL7041', rule: workspaceCodes.DSL7041.rule, severity: 'error', message, path: ['workspace', 'manifests', file], source: { file, ...where } });
    return undefined;
  }
}

function linkMember(member: UvMember & { toml: TomlFile }, rootSources: Table, members: ReadonlyMap<string, UvMember>, diagnostics: Diagnostic[]): void {
  const project = table(member.toml.data.project);
  const sources = new Map<string, unknown>([...Object.entries(rootSources), ...Object.entries(table(table(table(member.toml.data.tool).uv).sources))].map(([k, v]) => [normalizePythonName(k), v]));
  const fields: Array<[WorkspaceDependency['field'], unknown[]]> = [
    ['dependencies', list(project.dependencies)],
    ['optionalDependencies', Object.values(table(project['optional-dependencies'])).flatMap(list)],
    ['devDependencies', Object.values(table(member.toml.data['dependency-groups'])).flatMap(list)],
  ];
  const seen = new Set<string>();
  for (const [field, specs] of fields) {
    for (const spec of specs) {
      const raw = typeof spec === 'string' ? /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(spec)?.[1] : undefined;
      if (raw === undefined) continue;
      const name = normalizePythonName(raw);
      if (seen.has(name) || table(sources.get(name)).workspace !== true) continue;
      seen.add(name);
      if (members.has(name)) member.internalDependencies.push({ name, spec: spec as string, field });
      else diagnostics.push({ code: 'DSL7043', rule: workspaceCodes.DSL7043.rule, severity: 'error', message: `${member.name} depends on '${raw}' from the workspace (tool.uv.sources), but no member of the workspace is named so`, path: ['workspace', 'members', member.name, field, name], source: lineOf(member.toml, raw) });
    }
  }
}

function validGlobs(rootToml: TomlFile, key: 'members' | 'exclude', diagnostics: Diagnostic[]): string[] {
  const value = table(table(table(rootToml.data.tool).uv).workspace)[key];
  const globs: string[] = [];
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).forEach((glob: unknown, index) => {
    if (typeof glob !== 'string' || glob === '' || glob.startsWith('/') || glob.split('/').includes('..')) {
      diagnostics.push({ code: 'DSL7010', rule: workspaceCodes.DSL7010.rule, severity: 'error', message: `uv workspace ${key} glob ${JSON.stringify(glob)} is not a relative path inside the workspace root`, path: ['workspace', key, index], source: lineOf(rootToml, key) });
    } else globs.push(glob.replace(/^\.\//, '').replace(/\/+$/, ''));
  });
  return globs;
}

/** The first line of a TOML file mentioning `needle` (a key or a name), else its first line: TOML parsers give values, not positions. */
function lineOf(toml: TomlFile, needle: string): Diagnostic['source'] {
  const lines = toml.text.split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  return { file: toml.file, line: index + 1 || 1, column: index < 0 ? 1 : lines[index]!.indexOf(needle) + 1 };
}

function table(value: unknown): Table {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Table) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
