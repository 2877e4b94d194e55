import { isExecForm, type CommandForm } from '../model/exec-form.js';
import { jsonArray } from './quote.js';

/**
 * Writes a command in exec form (JSON) or, when asked for, shell form.
 *
 * @example
 * printCommandForm(['node', 'server.js']); // '["node", "server.js"]'
 */
export function printCommandForm(command: CommandForm): string {
  return isExecForm(command) ? jsonArray(command) : command.shell;
}
