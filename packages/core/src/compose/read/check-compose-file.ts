import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { checkStack } from '../checks/index.js';
import { readCompose } from './read-compose.js';

/**
 * `dsl check` for an existing Compose file: reads it (DSL41xx, DSL1xxx) and, when its values
 * are well-formed, runs every DSL4xxx rule on it. Diagnostics point at lines of the file.
 *
 * @example
 * checkComposeFile(readFileSync('compose.yaml', 'utf8'), { file: 'compose.yaml' }).map(formatDiagnostic);
 */
export function checkComposeFile(text: string, options: { file?: string } = {}): Diagnostic[] {
  const result = readCompose(text, options);
  // The rules expect well-formed values; after a schema error they would only add noise.
  if (!result.stack || result.diagnostics.some((d) => d.code.startsWith('DSL1'))) return result.diagnostics;
  return [...result.diagnostics, ...checkStack(result.stack, [])];
}
