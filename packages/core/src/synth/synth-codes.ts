import { codeRef, type CodeTable } from '../diagnostics/code-table.js';

/**
 * Codes of what synth finds wrong with a project as a whole (the DSL59xx config range): an
 * object of the config that throws while it is read, two images with one name, two outputs
 * with one file name, a Compose file name outside the output folder. Stable forever. The CLI's
 * table of config codes includes these.
 *
 * @example
 * synthCodeTable.DSL5905.rule; // 'DuplicateImageName'
 */
export const synthCodeTable = {
  DSL5902: { rule: 'ConfigEvaluationError', severity: 'error', description: 'The config threw while it was evaluated, or imports a module that cannot be found.' },
  DSL5905: { rule: 'DuplicateImageName', severity: 'error', description: 'Two images have the same name; each name is a Dockerfile name, so one would overwrite the other.' },
  DSL5906: { rule: 'DuplicateOutputFile', severity: 'error', description: 'Two outputs (Dockerfiles, Compose files) would be written to the same file.' },
  DSL5911: { rule: 'OutputPathOutsideFolder', severity: 'error', description: 'An output file name (a Compose stack\'s `file`) is not a plain file name inside the output folder: empty, `..`, a path with `/`, or a name synth keeps for itself (the manifest, its lock) or for `dsl build` (`dsl-build.*`).' },
} as const satisfies CodeTable;

/**
 * The synth codes by what went wrong, as the code and rule a diagnostic spreads in.
 *
 * @example
 * const d: Diagnostic = { ...synthCodes.duplicateImage, severity: 'error', message: "two images are named 'api'", path: ['images', 1, 'name'] };
 */
export const synthCodes = {
  evaluation: codeRef(synthCodeTable, 'DSL5902'),
  duplicateImage: codeRef(synthCodeTable, 'DSL5905'),
  duplicateFile: codeRef(synthCodeTable, 'DSL5906'),
  outputPath: codeRef(synthCodeTable, 'DSL5911'),
} as const;

/**
 * The first line of an error's message, without the location a parser appends to it; the
 * error's class is named unless the message already starts with it.
 *
 * @example
 * errorSummary(new SyntaxError('ParseError: Unexpected token\n /x.ts:3:5')); // 'SyntaxError: Unexpected token'
 */
export function errorSummary(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0]!.replace(/^(?:Error: )?ParseError: /, '').trim();
  const name = error instanceof Error && error.name !== 'Error' && !first.startsWith(error.name) ? `${error.name}: ` : '';
  return `${name}${first}`;
}
