import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { applyEdits, modify, parse } from 'jsonc-parser';
import { ts } from 'ts-morph';
import { formattingOf } from './package-json.js';

/** What `dsl init` does about the project's `tsconfig.json`. */
export interface TsconfigPlan {
  /** The new text of `tsconfig.json`, or undefined when it stays as it is. */
  text?: string;
  change?: string;
  /** Something the user has to fix by hand. */
  warning?: string;
}

/**
 * The tsconfig of a new project: Node's own module rules (what the dsl packages' `exports`
 * need), strict, type-check only.
 *
 * @example
 * writeFileSync('tsconfig.json', starterTsconfig);
 */
export const starterTsconfig = `${JSON.stringify(
  { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true }, exclude: ['node_modules', '.dsl'] },
  null,
  2,
)}\n`;

/**
 * Makes `tsconfig.json` in `dir` cover the config file: a new one when there is none; otherwise
 * the config is added to its `files` or `include` when the project does not already compile it
 * (comments and layout kept), and a warning is given when its module resolution cannot read the
 * dsl packages.
 *
 * @example
 * const plan = tsconfigPlan('/repo', '/repo/dsl.config.ts');
 */
export function tsconfigPlan(dir: string, configFile: string): TsconfigPlan {
  const path = join(dir, 'tsconfig.json');
  if (!existsSync(path)) return { text: starterTsconfig, change: 'wrote tsconfig.json' };
  const text = readFileSync(path, 'utf8');
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(path, ts.sys.readFile).config ?? {}, ts.sys, dir);
  const warning = readsExports(parsed.options)
    ? undefined
    : 'tsconfig.json resolves modules the old way; set "moduleResolution" to "NodeNext" or "Bundler" so it reads the @dockerdsl packages\' exports';
  const wanted = resolve(configFile);
  if (parsed.fileNames.some((file) => resolve(file) === wanted)) return { warning };
  const entry = relative(dir, configFile).split('\\').join('/');
  const json = parse(text) as { files?: unknown; include?: unknown };
  const key = Array.isArray(json.files) ? 'files' : Array.isArray(json.include) ? 'include' : undefined;
  if (key === undefined) {
    return { warning: [warning, `tsconfig.json excludes ${basename(configFile)}; take it out of "exclude" so tsc checks it`].filter(Boolean).join('\n') };
  }
  const edits = modify(text, [key, -1], entry, { formattingOptions: formattingOf(text), isArrayInsertion: true });
  return { text: applyEdits(text, edits), change: `added ${entry} to "${key}" in tsconfig.json`, warning };
}

/** Whether the options resolve packages through their `exports` (Node16, NodeNext, Bundler). */
function readsExports(options: ts.CompilerOptions): boolean {
  const { ModuleResolutionKind: R, ModuleKind: M } = ts;
  if (options.moduleResolution !== undefined) return [R.Node16, R.NodeNext, R.Bundler].includes(options.moduleResolution);
  return options.module !== undefined && options.module >= M.Node16;
}
