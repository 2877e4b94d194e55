import type { Diagnostic } from '@dockerdsl/core';
import { codeRef, synthCodeTable, type CodeTable } from '@dockerdsl/core/tooling';

/**
 * Codes of problems with the config file itself (it is missing, does not parse, throws, or does
 * not export a config) and with writing the project it describes. DSL59xx sits at the end of the
 * parse range so it cannot clash with the Dockerfile parser's codes. Stable forever.
 *
 * @example
 * configCodeTable.DSL5903.rule; // 'ConfigNotFound'
 */
export const configCodeTable = {
  ...synthCodeTable,
  DSL5901: { rule: 'ConfigSyntaxError', severity: 'error', description: 'The config file (or a file it imports) does not parse: shown with its file, line and column.' },
  DSL5903: { rule: 'ConfigNotFound', severity: 'error', description: 'No `dsl.config.ts` (`.mts`, `.js`, `.mjs`) in the working directory or any folder above it. (A `--config` file that does not exist is a usage error, exit code 2.)' },
  DSL5904: { rule: 'ConfigShape', severity: 'error', description: 'The config\'s default export is not a config: it has no `images` array (`export default defineConfig({ images: [...] })`).' },
  DSL5910: { rule: 'OutputFolderUnwritable', severity: 'error', description: 'The output folder cannot be created or written: a file is in its place, or it is read-only.' },
  DSL5912: { rule: 'OutputFolderLocked', severity: 'error', description: 'Another `dsl synth` holds the output folder\'s lock (`.dsl-synth.lock`) and did not finish within 30 seconds. A lock left by a process that no longer runs is taken over.' },
  DSL5913: { rule: 'OutputFileUnwritable', severity: 'error', description: 'The file `dsl import --out` names cannot be written (its folder does not exist, or is read-only).' },
} as const satisfies CodeTable;

/**
 * The config codes by what went wrong, as the code and rule a diagnostic spreads in.
 *
 * @example
 * configCodes.syntax; // { code: 'DSL5901', rule: 'ConfigSyntaxError' }
 */
export const configCodes = {
  syntax: codeRef(configCodeTable, 'DSL5901'),
  evaluation: codeRef(configCodeTable, 'DSL5902'),
  notFound: codeRef(configCodeTable, 'DSL5903'),
  shape: codeRef(configCodeTable, 'DSL5904'),
  duplicateImage: codeRef(configCodeTable, 'DSL5905'),
  duplicateFile: codeRef(configCodeTable, 'DSL5906'),
  outputFolder: codeRef(configCodeTable, 'DSL5910'),
  outputPath: codeRef(configCodeTable, 'DSL5911'),
  outputLocked: codeRef(configCodeTable, 'DSL5912'),
  outputFile: codeRef(configCodeTable, 'DSL5913'),
} as const;

/**
 * The config could not be loaded; carries one diagnostic with the file, line and column.
 *
 * @example
 * try { await loadConfig(file); } catch (e) { if (e instanceof ConfigError) print(e.diagnostic); }
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

/**
 * Where in the user's own files an error happened: the location in a syntax error message, or
 * the first stack frame outside node_modules and Node's internals.
 *
 * @example
 * errorLocation(err, '/repo/dsl.config.ts'); // { file: '/repo/dsl.config.ts', line: 3, column: 5 }
 */
export function errorLocation(error: unknown, configFile: string): { file: string; line: number; column: number } | undefined {
  const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  for (const match of text.matchAll(/(?:^|[\s(])(?:file:\/\/)?(\/[^\s():]+|[A-Za-z]:\\[^\s():]+):(\d+):(\d+)/gm)) {
    const file = match[1]!;
    if (/[\\/]node_modules[\\/]|^node:|[\\/]packages[\\/](?:cli|core)[\\/](?:bin|dist|src)[\\/]/.test(file) && file !== configFile) continue;
    return { file, line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}
