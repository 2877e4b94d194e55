import type { PrintContext } from './print-context.js';

/** Lines longer than this are wrapped at top-level `&&`, `||` and `;`. */
export const wrapWidth = 80;

/**
 * Splits a shell command at its top-level `&&`, `||` and `;` separators (never inside quotes,
 * `$(…)`, backticks or braces), keeping each separator at the start of its part.
 *
 * @example
 * splitShellChain('a && b || c'); // ['a', '&& b', '|| c']
 */
export function splitShellChain(command: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: '"' | "'" | '`' | undefined;
  let start = 0;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i]!;
    if (quote) {
      if (ch === '\\' && quote !== "'") i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '\\') {
      i++;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      quote = ch;
    } else if (ch === '(' || ch === '{') {
      depth++;
    } else if ((ch === ')' || ch === '}') && depth > 0) {
      depth--;
    } else if (depth === 0) {
      const two = command.slice(i, i + 2);
      const isAndOr = two === '&&' || two === '||';
      const isSemicolon = ch === ';' && command[i + 1] !== ';' && command[i - 1] !== ';';
      if ((isAndOr || isSemicolon) && i > start) {
        const before = command.slice(start, i).trim();
        if (before !== '') {
          parts.push(before);
          start = i;
        }
        i += isAndOr ? 1 : 0;
      }
    }
  }
  const rest = command.slice(start).trim();
  if (rest !== '') parts.push(rest);
  return parts;
}

/**
 * Writes `head command` on one line, or, when it is long and a chain, one part per line joined
 * with the escape token — which Docker removes again, so the command is unchanged.
 *
 * @example
 * wrapShell('RUN', 'apt-get update && apt-get install -y curl', { escape: '\\' });
 */
export function wrapShell(head: string, command: string, ctx: PrintContext): string {
  const line = `${head} ${command}`;
  if (line.length <= wrapWidth) return line;
  const parts = splitShellChain(command);
  if (parts.length < 2) return line;
  return `${head} ${parts.join(` ${ctx.escape}\n    `)}`;
}
