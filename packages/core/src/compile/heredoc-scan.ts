import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import { schemaCodes } from '../diagnostics/schema-codes.js';
import { printInstruction, type Instruction } from '../instructions/index.js';
import { needsHeredoc } from '../instructions/run.js';
import type { Image } from '../image/image.js';
import { sourceOf } from '../model/source-location.js';
import type { PrintContext } from '../print/print-context.js';

// BuildKit finds heredoc markers by running its shell lexer (with `\` as the escape, whatever the
// file's escape token) over the whole instruction line, flags included, and ignores the markers
// when that lexer fails: the body lines then become instructions. This mirrors just the lexer's
// failures, so the compiler can refuse a heredoc line BuildKit would not read as one.

class Scan {
  pos = 0;
  constructor(readonly text: string) {}
  peek(): string {
    return this.text[this.pos] ?? '';
  }
  next(): string {
    return this.text[this.pos++] ?? '';
  }
}

const nameChar = /[\p{L}\p{Nd}_]/u;
const special = '@*#?-$!0';

/** Runs the lexer up to `stop` (or the end when `stop` is ''); false on a lexer error. */
function until(s: Scan, stop: string): boolean {
  while (s.peek() !== '') {
    const ch = s.peek();
    if (stop !== '' && ch === stop) {
      s.next();
      return true;
    }
    if (ch === '$') {
      if (!dollar(s)) return false;
    } else if (ch === "'") {
      s.next();
      const end = s.text.indexOf("'", s.pos);
      if (end === -1) return false;
      s.pos = end + 1;
    } else if (ch === '"') {
      if (!doubleQuoted(s)) return false;
    } else if (s.next() === '\\') {
      if (s.next() === '') break;
    }
  }
  return stop === '';
}

function doubleQuoted(s: Scan): boolean {
  s.next();
  for (;;) {
    const ch = s.peek();
    if (ch === '') return false;
    if (ch === '"') {
      s.next();
      return true;
    }
    if (ch === '$') {
      if (!dollar(s)) return false;
      continue;
    }
    if (s.next() === '\\' && '"$\\'.includes(s.peek()) && s.peek() !== '') s.next();
  }
}

function dollar(s: Scan): boolean {
  s.next();
  if (s.peek() !== '{') {
    name(s);
    return true;
  }
  s.next();
  if (s.peek() === '' || '{}:'.includes(s.peek())) return false;
  name(s);
  let ch = s.next();
  if (ch === '}') return true;
  const colon = ch === ':';
  if (colon) ch = s.next();
  if (colon || '+-?#%'.includes(ch)) {
    if (ch === '' || (colon && (ch === '#' || ch === '%'))) return false;
    return until(s, '}');
  }
  if (ch === '/') {
    if (s.peek() === '/') s.next();
    return until(s, '/') && until(s, '}');
  }
  return false;
}

function name(s: Scan): void {
  const first = s.peek();
  if (/\p{Nd}/u.test(first)) {
    while (/\p{Nd}/u.test(s.peek())) s.next();
    return;
  }
  if (first !== '' && special.includes(first)) {
    s.next();
    return;
  }
  while (s.peek() !== '' && nameChar.test(s.peek())) s.next();
}

/**
 * Whether BuildKit's heredoc scan gets through an instruction line (so the `<<` markers on it
 * are found). An unbalanced quote or a malformed `${…}` anywhere on the line, flags included,
 * makes BuildKit read the heredoc bodies as instructions.
 *
 * @example
 * heredocLineReadable('RUN <<EOF'); // true
 * heredocLineReadable('RUN --device=${ <<EOF'); // false
 */
export function heredocLineReadable(line: string): boolean {
  return until(new Scan(line), '');
}

/**
 * DSL1027 for every RUN, COPY or ADD printed with a heredoc whose instruction line BuildKit's
 * heredoc scan cannot get through (see `heredocLineReadable`).
 *
 * @example
 * heredocLineDiagnostics(image, ['images', 'api']); // [] for ordinary images
 */
export function heredocLineDiagnostics(image: Image, prefix: PathSegment[]): Diagnostic[] {
  const ctx: PrintContext = { escape: image.directives?.escape ?? '\\' };
  const diagnostics: Diagnostic[] = [];
  image.stages.forEach((stage, s) => {
    stage.steps.forEach((step, n) => {
      if (!printsHeredoc(step, ctx)) return;
      const line = printInstruction(step, ctx).split('\n', 1)[0]!;
      if (heredocLineReadable(line)) return;
      const diagnostic: Diagnostic = {
        code: 'DSL1027',
        rule: schemaCodes.DSL1027.rule,
        severity: 'error',
        message: `this ${step.kind.toUpperCase()} is written with a heredoc, but its line holds an unbalanced quote or a malformed \${…} (in a flag or the command), so BuildKit would not find the heredoc and would read its body as instructions`,
        path: [...prefix, 'stages', stage.name ?? s, 'steps', n],
        hint: 'balance the quotes and write a literal ${ in flag values some other way, or move the text into the heredoc body',
      };
      const source = sourceOf(step);
      if (source) diagnostic.source = source;
      diagnostics.push(diagnostic);
    });
  });
  return diagnostics;
}

function printsHeredoc(step: Instruction, ctx: PrintContext): boolean {
  if (step.kind === 'run') return step.heredocs !== undefined || (typeof step.command === 'string' && needsHeredoc(step.command, ctx.escape));
  if (step.kind === 'copy' || step.kind === 'add') return step.sources.some((source) => typeof source !== 'string');
  return false;
}
