import type { Diagnostic } from '@dockerdsl/core';

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
  evaluation: { code: 'DSL5902', rule: 'ConfigEvaluationError' },
  notFound: { code: 'DSL5903', rule: 'ConfigNotFound' },
  shape: { code: 'DSL5904', rule: 'ConfigShape' },
  duplicateImage: { code: 'DSL5905', rule: 'DuplicateImageName' },
  duplicateFile: { code: 'DSL5906', rule: 'DuplicateOutputFile' },
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

/**
 * The first line of an error's message, without the location a parser appends to it.
 *
 * @example
 * errorSummary(new SyntaxError('ParseError: Unexpected token\n /x.ts:3:5')); // 'Unexpected token'
 */
export function errorSummary(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0]!.replace(/^(?:Error: )?ParseError: /, '').trim();
  const name = error instanceof Error && error.name !== 'Error' && !first.startsWith(error.name) ? `${error.name}: ` : '';
  return `${name}${first}`;
}
