import { synthCodes, type Diagnostic } from '@dockerdsl/core';

/**
 * Codes of problems with the config file itself (it is missing, does not parse, throws, or does
 * not export a config). DSL59xx sits at the end of the parse range so it cannot clash with the
 * Dockerfile parser's codes.
 *
 * @example
 * configCodes.syntax; // 'DSL5901'
 */
export const configCodes = {
  syntax: { code: 'DSL5901', rule: 'ConfigSyntaxError' },
  evaluation: synthCodes.evaluation,
  notFound: { code: 'DSL5903', rule: 'ConfigNotFound' },
  shape: { code: 'DSL5904', rule: 'ConfigShape' },
  duplicateImage: synthCodes.duplicateImage,
  duplicateFile: synthCodes.duplicateFile,
  outputFolder: { code: 'DSL5910', rule: 'OutputFolderUnwritable' },
  outputPath: synthCodes.outputPath,
  outputLocked: { code: 'DSL5912', rule: 'OutputFolderLocked' },
  outputFile: { code: 'DSL5913', rule: 'OutputFileUnwritable' },
} as const;

/**
 * What each config code means, for the diagnostics reference (docs/diagnostics.md). Kept apart
 * from `configCodes`, whose entries are spread into diagnostics as they are.
 *
 * @example
 * configCodeDescriptions.DSL5903; // 'No `dsl.config.ts` … in the working directory or any folder above it. …'
 */
export const configCodeDescriptions: Record<(typeof configCodes)[keyof typeof configCodes]['code'], string> = {
  DSL5901: 'The config file (or a file it imports) does not parse: shown with its file, line and column.',
  DSL5902: 'The config threw while it was evaluated, or imports a module that cannot be found.',
  DSL5903: 'No `dsl.config.ts` (`.mts`, `.js`, `.mjs`) in the working directory or any folder above it. (A `--config` file that does not exist is a usage error, exit code 2.)',
  DSL5904: 'The config\'s default export is not a config: it has no `images` array (`export default defineConfig({ images: [...] })`).',
  DSL5905: 'Two images have the same name; each name is a Dockerfile name, so one would overwrite the other.',
  DSL5906: 'Two outputs (Dockerfiles, Compose files) would be written to the same file.',
  DSL5910: 'The output folder cannot be created or written: a file is in its place, or it is read-only.',
  DSL5911: 'An output file name (a Compose stack\'s `file`) is not a plain file name inside the output folder: empty, `..`, a path with `/`, or a name synth keeps for itself (the manifest, its lock) or for `dsl build` (`dsl-build.*`).',
  DSL5912: 'Another `dsl synth` holds the output folder\'s lock (`.dsl-synth.lock`) and did not finish within 30 seconds. A lock left by a process that no longer runs is taken over.',
  DSL5913: 'The file `dsl import --out` names cannot be written (its folder does not exist, or is read-only).',
};

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
