import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { closureOrder } from './package-graph.js';
import { workspaceCodes } from './workspace-codes.js';

/**
 * One module of a Go workspace.
 *
 * @example
 * const m: GoModule = { path: 'example.com/app/api', dir: 'api', requires: [{ path: 'example.com/app/lib', version: 'v0.0.0' }], hasSum: true };
 */
export interface GoModule {
  /** The module path (`module` line of its go.mod). */
  path: string;
  /** Folder relative to the workspace root, with `/` separators. */
  dir: string;
  /** Every module its go.mod requires, with the version written there. */
  requires: { path: string; version: string }[];
  /** Whether the folder has a go.sum. */
  hasSum: boolean;
}

/**
 * A Go workspace (`go.work`): its modules by path, the root files (`go.work`, `go.work.sum`)
 * and what is wrong with it.
 *
 * @example
 * const ws: GoWorkspace = readGoWork('/repo');
 * ws.modules.get('example.com/app/api')!.dir; // 'api'
 */
export interface GoWorkspace {
  root: string;
  rootFiles: string[];
  modules: ReadonlyMap<string, GoModule>;
  diagnostics: Diagnostic[];
}

/**
 * Reads `go.work` at `root` the way the go command does: the `use` directives (one per line or
 * in a block) name module folders, whose go.mod gives the module path and its requirements.
 * A missing go.work is DSL7001, a `use` folder without a go.mod DSL7007.
 *
 * @example
 * readGoWork(import.meta.dirname).modules.size; // 2
 */
export function readGoWork(root: string): GoWorkspace {
  const base = resolve(root);
  let text: string;
  try {
    text = readFileSync(join(base, 'go.work'), 'utf8');
  } catch {
    return { root: base, rootFiles: [], modules: new Map(), diagnostics: [{ code: 'DSL7001', rule: workspaceCodes.DSL7001.rule, severity: 'error', message: `no go.work at the workspace root ${base}`, path: ['workspace'] }] };
  }
  const modules = new Map<string, GoModule>();
  const diagnostics: Diagnostic[] = [];
  for (const { value: use, line } of directives(text, 'use')) {
    const dir = normalize(use).split('\\').join('/').replace(/\/$/, '');
    let mod: string;
    try {
      mod = readFileSync(join(base, dir, 'go.mod'), 'utf8');
    } catch {
      diagnostics.push({ code: 'DSL7007', rule: workspaceCodes.DSL7007.rule, severity: 'error', message: `go.work uses ${use}, which has no go.mod`, path: ['workspace', 'use', use], source: { file: join(base, 'go.work'), line, column: 1 } });
      continue;
    }
    const path = directives(mod, 'module')[0]?.value ?? dir;
    const requires = directives(mod, 'require').map((d) => {
      const [path = '', version = ''] = d.value.split(/\s+/);
      return { path, version };
    });
    modules.set(path, { path, dir, requires, hasSum: existsSync(join(base, dir, 'go.sum')) });
  }
  const rootFiles = ['go.work', 'go.work.sum'].filter((f) => existsSync(join(base, f)));
  return { root: base, rootFiles, modules, diagnostics };
}

/**
 * A module and the workspace modules it requires, directly or through others, dependencies first.
 *
 * @example
 * goModuleClosure(ws, 'example.com/app/api').map((m) => m.dir); // ['lib', 'api']
 */
export function goModuleClosure(workspace: GoWorkspace, modulePath: string): GoModule[] {
  const graph = new Map([...workspace.modules].map(([path, m]) => [path, { internalDependencies: m.requires.filter((r) => workspace.modules.has(r.path)).map((r) => ({ name: r.path, spec: r.version, field: 'dependencies' as const })) }]));
  return closureOrder(graph, modulePath).map((path) => workspace.modules.get(path)!);
}

/** The values of a go.mod/go.work directive, single-line or in a `( … )` block, with their lines. */
function directives(text: string, name: string): { value: string; line: number }[] {
  const found: { value: string; line: number }[] = [];
  let inBlock = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (inBlock) {
      if (line === ')') inBlock = false;
      else if (line !== '') found.push({ value: unquote(line), line: index + 1 });
      return;
    }
    const match = new RegExp(`^${name}\\s+(.*)$`).exec(line);
    if (!match) return;
    if (match[1]!.trim() === '(') inBlock = true;
    else found.push({ value: unquote(match[1]!.trim()), line: index + 1 });
  });
  return found;
}

function unquote(value: string): string {
  return value.replace(/^"(.*)"(\s|$)/, '$1$2').trim();
}
