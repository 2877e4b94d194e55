import type { InstructionContext } from './context.js';
import { nextWord, unquoteWord, type RawWord } from './words.js';

/** How an instruction's flag takes its value. */
export type FlagKind = 'string' | 'bool' | 'list';

/** The flags one instruction accepts, by name without `--`. */
export type FlagSpec = Readonly<Record<string, FlagKind>>;

/** One flag as written: its unquoted value (`undefined` when bare) and where it is. */
export interface FlagOccurrence {
  name: string;
  value: string | undefined;
  offset: number;
  length: number;
}

/** The flags read from the front of an instruction, and the arguments that follow them. */
export interface ReadFlags {
  strings: Map<string, string>;
  bools: Map<string, boolean>;
  lists: Map<string, FlagOccurrence[]>;
  /** Every flag in written order (for source ranges). */
  all: FlagOccurrence[];
  /** The text after the flags, and its offset in the logical line. */
  rest: string;
  restOffset: number;
}

// Shared by every instruction without flags; never written to.
const none = new Map<never, never>();

/**
 * Reads the `--name[=value]` words at the front of an instruction's arguments (BuildKit's
 * `extractBuilderFlags`), checks them against `spec` and reports unknown and duplicate flags,
 * missing values and non-boolean booleans as DSL5005–DSL5008.
 *
 * @example
 * readFlags('--from=build /out /app', 5, { from: 'string' }, ctx).strings.get('from'); // 'build'
 */
export function readFlags(args: string, base: number, spec: FlagSpec, ctx: InstructionContext): ReadFlags {
  if (args.charCodeAt(0) !== 45 || args.charCodeAt(1) !== 45) return { strings: none, bools: none, lists: none, all: [], rest: args, restOffset: base };
  const out: ReadFlags = { strings: new Map(), bools: new Map(), lists: new Map(), all: [], rest: args, restOffset: base };
  // Word by word, only while words are flags: a long command after them is never split.
  let at = 0;
  for (;;) {
    const word = nextWord(args, at, base, ctx.escape);
    if (!word || !word.text.startsWith('--')) {
      out.rest = word ? args.slice(word.offset - base) : '';
      out.restOffset = word ? word.offset : base + args.length;
      break;
    }
    const occurrence = parseFlagWord(word, ctx.escape);
    if (occurrence.name === '') {
      out.rest = args.slice(word.offset - base);
      out.restOffset = word.offset;
      break;
    }
    out.all.push(occurrence);
    applyFlag(occurrence, spec, out, ctx);
    at = word.offset - base + word.text.length;
  }
  return out;
}

function parseFlagWord(word: RawWord, escape: string): FlagOccurrence {
  const body = word.text.slice(2);
  const eq = body.indexOf('=');
  const name = (eq < 0 ? body : body.slice(0, eq)).toLowerCase();
  const value = eq < 0 ? undefined : unquoteWord(word, escape, eq + 3);
  return { name, value, offset: word.offset, length: word.text.length };
}

function applyFlag(flag: FlagOccurrence, spec: FlagSpec, out: ReadFlags, ctx: InstructionContext): void {
  const kind = spec[flag.name];
  if (kind === undefined) {
    const known = Object.keys(spec);
    ctx.report('DSL5005', `unknown flag: --${flag.name}`, flag.offset, known.length > 0 ? `this instruction takes ${known.map((k) => `--${k}`).join(', ')}` : 'this instruction takes no flags');
    return;
  }
  if (kind === 'list') {
    if (flag.value === undefined || flag.value === '') {
      ctx.report('DSL5007', `missing a value on flag --${flag.name}`, flag.offset);
      return;
    }
    const list = out.lists.get(flag.name) ?? [];
    list.push(flag);
    out.lists.set(flag.name, list);
    return;
  }
  if (out.strings.has(flag.name) || out.bools.has(flag.name)) {
    ctx.report('DSL5006', `duplicate flag specified: --${flag.name}`, flag.offset);
    return;
  }
  if (kind === 'bool') {
    const value = flag.value === undefined ? 'true' : flag.value.toLowerCase();
    if (value !== 'true' && value !== 'false') {
      ctx.report('DSL5008', `expecting boolean value for flag --${flag.name}, not '${flag.value}'`, flag.offset);
      return;
    }
    out.bools.set(flag.name, value === 'true');
    return;
  }
  if (flag.value === undefined || flag.value === '') {
    ctx.report('DSL5007', `missing a value on flag --${flag.name}`, flag.offset);
    return;
  }
  out.strings.set(flag.name, flag.value);
}
