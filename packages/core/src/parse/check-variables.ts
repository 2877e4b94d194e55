import type { InstructionContext } from './context.js';
import { variableReferences } from './variables.js';

/**
 * Reports unreadable `${…}` references (DSL5014) in text the builder expands.
 *
 * @example
 * checkVariables('${APP', 5, ctx); // DSL5014 missing '}'
 */
export function checkVariables(text: string, offset: number, ctx: InstructionContext): void {
  if (text.indexOf('${') < 0) return;
  for (const problem of variableReferences(text, ctx.escape).problems) ctx.report('DSL5014', problem.message, offset + problem.offset);
}
