import { applyEdits, modify } from 'jsonc-parser';

/** What `dsl init` does to the package's manifest so the config is an ES module. */
export interface ModuleSetup {
  /** The new `package.json` text, or undefined when it stays as it is. */
  text?: string;
  /** What changed, for the summary (empty when nothing did). */
  change?: string;
  /** Whether `.ts` files of the package are ES modules afterwards (else the config is `.mts`). */
  esm: boolean;
}

/**
 * Makes the package an ES module package when that breaks nothing: a fresh manifest gets
 * `"type": "module"`; an existing one without a type, or with `"commonjs"` (what `npm init -y`
 * writes), gets it too unless the package already has CommonJS code — then it is left alone and
 * the config is written as `.mts`.
 *
 * @example
 * moduleSetup(undefined, 'web', false).text; // '{\n  "name": "web", …, "type": "module"\n}\n'
 */
export function moduleSetup(existing: string | undefined, name: string, hasCommonJsCode: boolean): ModuleSetup {
  if (existing === undefined) {
    return { text: `${JSON.stringify({ name, version: '0.1.0', private: true, type: 'module' }, null, 2)}\n`, change: 'wrote package.json ("type": "module")', esm: true };
  }
  const manifest = JSON.parse(existing) as { type?: unknown };
  if (manifest.type === 'module') return { esm: true };
  if (hasCommonJsCode) return { esm: false };
  const edits = modify(existing, ['type'], 'module', { formattingOptions: formattingOf(existing) });
  return { text: applyEdits(existing, edits), change: 'set "type": "module" in package.json', esm: true };
}

/**
 * The indentation a JSON text already uses, so edits keep its style.
 *
 * @example
 * formattingOf('{\n    "a": 1\n}'); // { tabSize: 4, insertSpaces: true }
 */
export function formattingOf(text: string): { tabSize: number; insertSpaces: boolean; eol: string } {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  return { tabSize: indent.startsWith('\t') ? 1 : indent.length, insertSpaces: !indent.startsWith('\t'), eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** The dev dependencies a dsl project needs to synthesise and to type-check its config. */
export const projectDevDependencies = (version: string): string[] => [
  `@dockerdsl/cli@^${version}`,
  `@dockerdsl/core@^${version}`,
  `@dockerdsl/presets@^${version}`,
  'typescript',
  '@types/node',
];

/**
 * The command that installs the missing dev dependencies with the package manager the project
 * uses (its lockfile says which), or undefined when none is missing.
 *
 * @example
 * installCommand(['typescript'], '{}', ['pnpm-lock.yaml']); // 'pnpm add -D typescript'
 */
export function installCommand(wanted: readonly string[], manifest: string | undefined, files: readonly string[]): string | undefined {
  const present = manifest === undefined ? {} : (JSON.parse(manifest) as { dependencies?: object; devDependencies?: object });
  const has = new Set([...Object.keys(present.dependencies ?? {}), ...Object.keys(present.devDependencies ?? {})]);
  const missing = wanted.filter((spec) => !has.has(spec.replace(/(?<=.)@.*$/, '')));
  if (missing.length === 0) return undefined;
  const manager = files.includes('pnpm-lock.yaml') ? 'pnpm add -D' : files.includes('yarn.lock') ? 'yarn add -D' : 'npm install --save-dev';
  return `${manager} ${missing.join(' ')}`;
}
