import type { ArgInstruction } from '../instructions/arg.js';
import type { EnvInstruction } from '../instructions/env.js';
import type { LabelInstruction } from '../instructions/label.js';
import { reportVariableSyntax } from './variable-syntax.js';
import type { InstructionContext } from './context.js';
import { splitWords, unquote, unquoteWord, type RawWord } from './words.js';

/**
 * The offset of the first `=` outside quotes in a raw word, or -1.
 *
 * @example
 * equalsAt({ text: '"a=b"=c', offset: 0, plain: false }, '\\'); // 5
 */
export function equalsAt(raw: RawWord, escape: string): number {
  const word = raw.text;
  const eq = word.indexOf('=');
  // With no quote or escape before the first =, that one is outside quotes (LABEL k="v" …).
  if (eq < 0 || raw.plain || (before(word, '"', eq) && before(word, "'", eq) && before(word, escape, eq))) return eq;
  const esc = escape.charCodeAt(0);
  let quote = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (quote === 0x27 /* ' */) {
      if (c === 0x27) quote = 0;
    } else if (c === esc) i++;
    else if (quote === 0x22 /* " */) {
      if (c === 0x22) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3d /* = */) return i;
  }
  return -1;
}

/** Whether `ch` does not occur in `text` before `end`. */
function before(text: string, ch: string, end: number): boolean {
  const at = text.indexOf(ch);
  return at < 0 || at > end;
}

/**
 * `ENV`/`LABEL` pairs: `k=v …`, or the legacy `k v` form where the rest of the line is the
 * value. Keys and values are unquoted in the model's convention (see `unquote`).
 */
function readPairs(keyword: 'ENV' | 'LABEL', args: string, offset: number, ctx: InstructionContext): Record<string, string> | undefined {
  reportVariableSyntax(args, offset, ctx);
  const words = splitWords(args, offset, ctx.escape, ctx.unclosedQuote);
  if (words.length === 0) {
    ctx.report('DSL5004', `${keyword} needs at least one name=value pair`, offset);
    return undefined;
  }
  const pairs: Record<string, string> = {};
  const first = words[0]!;
  if (equalsAt(first, ctx.escape) < 0) {
    if (words.length === 1) {
      ctx.report('DSL5017', `${keyword} ${first.text} has no value (write ${first.text}=value)`, first.offset);
      return undefined;
    }
    const valueText = args.slice(words[1]!.offset - offset);
    pairs[unquoteWord(first, ctx.escape)] = unquote(valueText.trimEnd(), ctx.escape);
    return pairs;
  }
  let any = false;
  for (const word of words) if (addPair(pairs, word, ctx)) any = true;
  return any ? pairs : undefined;
}

/** Adds the `name=value` of one word to `pairs`; false when it adds none (with a diagnostic if malformed). */
function addPair(pairs: Record<string, string>, word: RawWord, ctx: InstructionContext): boolean {
  const eq = equalsAt(word, ctx.escape);
  if (eq < 0) {
    ctx.report('DSL5017', `can't find = in '${word.text}'; every word must be name=value`, word.offset);
    return false;
  }
  const key = unquoteWord(word, ctx.escape, 0, eq);
  if (key === '') {
    ctx.report('DSL5017', 'names can not be blank', word.offset);
    return false;
  }
  pairs[key] = unquoteWord(word, ctx.escape, eq + 1);
  // Assigning a string to __proto__ stores nothing: such a word adds no pair.
  return key !== '__proto__';
}

/**
 * `ENV k=v …` or legacy `ENV k v`.
 *
 * @example
 * parseEnv('PATH=/app/bin:$PATH NODE_ENV=production', 4, ctx);
 */
export function parseEnv(args: string, offset: number, ctx: InstructionContext): EnvInstruction | undefined {
  const vars = readPairs('ENV', args, offset, ctx);
  return vars ? { kind: 'env', vars } : undefined;
}

/**
 * `LABEL k=v …`.
 *
 * @example
 * parseLabel('org.opencontainers.image.title="api server"', 6, ctx);
 */
export function parseLabel(args: string, offset: number, ctx: InstructionContext): LabelInstruction | undefined {
  const labels = readPairs('LABEL', args, offset, ctx);
  return labels ? { kind: 'label', labels } : undefined;
}

/**
 * `ARG name[=default] …`: one model ARG per name (Docker treats `ARG A B` as `ARG A` then `ARG B`).
 *
 * @example
 * parseArg('TARGETOS TARGETARCH', 4, ctx); // two ArgInstructions
 */
export function parseArg(args: string, offset: number, ctx: InstructionContext): ArgInstruction[] {
  reportVariableSyntax(args, offset, ctx);
  const words = splitWords(args, offset, ctx.escape, ctx.unclosedQuote);
  if (words.length === 0) {
    ctx.report('DSL5004', 'ARG needs a name', offset);
    return [];
  }
  const out: ArgInstruction[] = [];
  for (const word of words) {
    const eq = equalsAt(word, ctx.escape);
    const name = unquoteWord(word, ctx.escape, 0, eq < 0 ? word.text.length : eq);
    if (name === '') {
      ctx.report('DSL5017', 'ARG names can not be blank', word.offset);
      continue;
    }
    const arg: ArgInstruction = { kind: 'arg', name };
    if (eq >= 0) arg.default = unquoteWord(word, ctx.escape, eq + 1);
    out.push(arg);
  }
  return out;
}
