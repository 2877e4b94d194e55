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
 * Where a command can be broken without changing how Docker reads it: every run of two or more
 * blanks (the trace of a continuation line and its indentation, which Docker keeps) whose text
 * after it does not start with `#` (a line starting with `#` would be dropped as a comment).
 * Each break is the offset just after the run's first blank.
 *
 * @example
 * layoutBreaks('set -eux; \tapt-get update'); // [10]
 */
export function layoutBreaks(command: string): number[] {
  const breaks: number[] = [];
  for (const match of command.matchAll(/[ \t]{2,}(?=[^ \t#])/g)) breaks.push(match.index + 1);
  return breaks;
}

/**
 * Where a chain can be broken without changing how Docker reads it: at the single blank before
 * each top-level `&&`/`||` or after each `;` (that blank starts the next line), unless the
 * character before the break is the escape token (it would escape the line's escape) or the
 * next line would start with `#` (Docker would drop it as a comment).
 *
 * @example
 * chainBreaks('a && b; c', '\\'); // [1, 7]
 */
export function chainBreaks(command: string, escape: string): number[] {
  const breaks: number[] = [];
  let from = 0;
  for (const [n, part] of splitShellChain(command).entries()) {
    const at = command.indexOf(part, from);
    if (at < 0) return [];
    from = at + part.length;
    if (n === 0) continue;
    const pos = part.startsWith(';') ? at + 1 : at - 1;
    const blank = command[pos] === ' ' || command[pos] === '\t';
    const startsComment = /^[ \t]*#/.test(command.slice(pos + 1));
    if (blank && pos > 0 && command[pos - 1] !== escape && !startsComment) breaks.push(pos);
  }
  return breaks;
}

/**
 * Writes `head command` on one line, or on several when that keeps the text Docker reads
 * exactly the same (Docker removes only the escape token and the line break): at its layout
 * breaks, so a command read from a multi-line instruction comes back on the same lines, or,
 * when the line is long, before each `&&`/`||` and after each `;` of a chain.
 *
 * @example
 * wrapShell('RUN', 'apt-get update && apt-get install -y curl', { escape: '\\' });
 */
export function wrapShell(head: string, command: string, ctx: PrintContext): string {
  let breaks = layoutBreaks(command);
  if (breaks.length === 0 && head.length + 1 + command.length > wrapWidth) breaks = chainBreaks(command, ctx.escape);
  if (breaks.length === 0) return `${head} ${command}`;
  const lines = breaks.map((at, n) => command.slice(n === 0 ? 0 : breaks[n - 1], at));
  lines.push(command.slice(breaks.at(-1)));
  return `${head} ${lines.join(`${ctx.escape}\n`)}`;
}
