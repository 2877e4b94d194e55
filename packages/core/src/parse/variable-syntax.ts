import type { InstructionContext } from './context.js';
import { isPlainReference, variableReferences } from './variables.js';

/**
 * Reports unreadable `${…}` references (DSL5014) in text the builder expands.
 *
 * @example
 * reportVariableSyntax('${APP', 5, ctx); // DSL5014 missing '}'
 */
export function reportVariableSyntax(text: string, offset: number, ctx: InstructionContext): void {
  let at = text.indexOf('${');
  // Only a ${ can be a problem, and a plain ${NAME} never is: most texts need no full reading.
  while (at >= 0 && isPlainReference(text, at)) at = text.indexOf('${', at + 2);
  if (at < 0) return;
  for (const problem of variableReferences(text, ctx.escape).problems) ctx.report('DSL5014', problem.message, offset + problem.offset);
}
