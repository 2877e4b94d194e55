import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { checkStack } from '../checks/index.js';
import { readCompose } from './read-compose.js';

/**
 * `dsl check` for an existing Compose file: reads it (DSL41xx, DSL1xxx) and, when it could be
 * read, runs every DSL4xxx rule on it. Diagnostics point at lines of the file.
 *
 * @example
 * checkComposeFile(readFileSync('compose.yaml', 'utf8'), { file: 'compose.yaml' }).map(formatDiagnostic);
 */
export function checkComposeFile(text: string, options: { file?: string } = {}): Diagnostic[] {
  const result = readCompose(text, options);
  if (!result.stack) return result.diagnostics;
  return [...result.diagnostics, ...checkStack(result.stack, [])];
}
