import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { checkStack } from '../checks/check-stack.js';
import type { ComposeStack } from '../stack.js';
import { readCompose } from './read-compose.js';

/**
 * `dsl check` for an existing Compose file: reads it (DSL41xx, DSL1xxx) and runs every DSL4xxx
 * rule on it, so one run reports every independent finding (less those its `# dsl ignore=`
 * comments silence). A value with a schema error is
 * left out of the rules' view (they expect well-formed values), the rest is still checked.
 * Diagnostics point at lines of the file.
 *
 * @example
 * checkComposeFile(readFileSync('compose.yaml', 'utf8'), { file: 'compose.yaml' }).map(formatDiagnostic);
 */
export function checkComposeFile(text: string, options: { file?: string } = {}): Diagnostic[] {
  const result = readCompose(text, options);
  if (!result.stack) return result.diagnostics;
  const malformed = result.diagnostics.filter((d) => d.code.startsWith('DSL1'));
  if (!malformed.every((d) => withoutValueAt(result.stack!, d.path))) return result.diagnostics;
  return [...result.diagnostics, ...checkStack(result.stack, [], { ignoreComments: result.ignoreComments })];
}

/**
 * Removes from the stack (read for this check only) the service field a schema error points
 * into, or resets the resource it points into; false when the error is in neither (the stack is
 * then not checked).
 */
function withoutValueAt(stack: ComposeStack, path: readonly (string | number)[]): boolean {
  const [kind, name, field] = path;
  // Which files are included only matters to the reference checks, which skip such stacks.
  if (kind === 'include') return true;
  if (typeof name !== 'string') return false;
  const table = (stack as unknown as Record<string, Record<string, Record<string, unknown> | null> | undefined>)[String(kind)];
  if (!table || !(name in table)) return true;
  if (kind !== 'services') {
    // Still declared (references to it stay valid), with the default definition.
    table[name] = null;
    return true;
  }
  if (typeof field !== 'string' || !table[name]) return false;
  delete table[name][field];
  return true;
}
