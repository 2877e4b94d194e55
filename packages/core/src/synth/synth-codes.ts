/**
 * Codes of what synth finds wrong with a project as a whole (the DSL59xx config range): an
 * object of the config that throws while it is read, two images with one name, two outputs
 * with one file name, a Compose file name outside the output folder. Stable forever; spread
 * into a diagnostic as they are.
 *
 * @example
 * const d: Diagnostic = { ...synthCodes.duplicateImage, severity: 'error', message: "two images are named 'api'", path: ['images', 1, 'name'] };
 */
export const synthCodes = {
  evaluation: { code: 'DSL5902', rule: 'ConfigEvaluationError' },
  duplicateImage: { code: 'DSL5905', rule: 'DuplicateImageName' },
  duplicateFile: { code: 'DSL5906', rule: 'DuplicateOutputFile' },
  outputPath: { code: 'DSL5911', rule: 'OutputPathOutsideFolder' },
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
