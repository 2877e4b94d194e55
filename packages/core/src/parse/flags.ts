import type { InstructionContext } from './context.js';
import { nextWord, unquoteWord, type RawWord } from './words.js';

/** How an instruction's flag takes its value. */
export type FlagKind = 'string' | 'bool' | 'list';

/**
 * The flags one instruction accepts: each name without `--`, and how it takes its value. A list
 * rather than a record: flag names are compared with `===`, where a record lookup with the name
 * just read would first have to intern it.
 *
 * @example
 * const spec: FlagSpec = [['from', 'string'], ['link', 'bool'], ['exclude', 'list']];
 */
export type FlagSpec = ReadonlyArray<readonly [name: string, kind: FlagKind]>;

/** One flag as written: its unquoted value (`undefined` when bare) and where it is. */
export interface FlagOccurrence {
  name: string;
  value: string | undefined;
  offset: number;
  length: number;
}

/** The flags read from the front of an instruction, and the arguments that follow them. */
export interface ReadFlags {
  /** Every flag in written order (for source ranges). */
  all: FlagOccurrence[];
  /** The flags kept, in written order: known, with a valid value, a single flag's first time. */
  accepted: FlagOccurrence[];
  /** The text after the flags, and its offset in the logical line. */
  rest: string;
  restOffset: number;
}

// Shared by every instruction without flags; never written to.
const none: FlagOccurrence[] = [];

/**
 * Reads the `--name[=value]` words at the front of an instruction's arguments (BuildKit's
 * `extractBuilderFlags`), checks them against `spec` and reports unknown and duplicate flags,
 * missing values and non-boolean booleans as DSL5005–DSL5008.
 *
 * @example
 * flagString(readFlags('--from=build /out /app', 5, [['from', 'string']], ctx), 'from'); // 'build'
 */
export function readFlags(args: string, base: number, spec: FlagSpec, ctx: InstructionContext): ReadFlags {
  if (args.charCodeAt(0) !== 45 || args.charCodeAt(1) !== 45) return { all: none, accepted: none, rest: args, restOffset: base };
  const out: ReadFlags = { all: [], accepted: [], rest: args, restOffset: base };
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
    if (accepts(occurrence, spec, out, ctx)) out.accepted.push(occurrence);
    at = word.offset - base + word.text.length;
  }
  return out;
}

/**
 * The value of a string flag, if given.
 *
 * @example
 * flagString(flags, 'chown'); // 'app:app'
 */
export function flagString(flags: ReadFlags, name: string): string | undefined {
  for (const f of flags.accepted) if (f.name === name) return f.value;
  return undefined;
}

/**
 * The value of a boolean flag (bare means true), if given.
 *
 * @example
 * flagBool(flags, 'link'); // true
 */
export function flagBool(flags: ReadFlags, name: string): boolean | undefined {
  for (const f of flags.accepted) if (f.name === name) return f.value === undefined || f.value.toLowerCase() === 'true';
  return undefined;
}

/**
 * Every occurrence of a repeatable flag, in written order, if any.
 *
 * @example
 * flagList(flags, 'mount')?.map((m) => m.value); // ['type=cache,target=/root/.npm']
 */
export function flagList(flags: ReadFlags, name: string): FlagOccurrence[] | undefined {
  let list: FlagOccurrence[] | undefined;
  for (const f of flags.accepted) if (f.name === name) (list ??= []).push(f);
  return list;
}

function parseFlagWord(word: RawWord, escape: string): FlagOccurrence {
  const body = word.text.slice(2);
  const eq = body.indexOf('=');
  const name = (eq < 0 ? body : body.slice(0, eq)).toLowerCase();
  const value = eq < 0 ? undefined : unquoteWord(word, escape, eq + 3);
  return { name, value, offset: word.offset, length: word.text.length };
}

function kindOf(spec: FlagSpec, name: string): FlagKind | undefined {
  for (const [known, kind] of spec) if (known === name) return kind;
  return undefined;
}

/** Whether a flag is kept; reports why not otherwise. */
function accepts(flag: FlagOccurrence, spec: FlagSpec, out: ReadFlags, ctx: InstructionContext): boolean {
  const kind = kindOf(spec, flag.name);
  if (kind === undefined) {
    ctx.report('DSL5005', `unknown flag: --${flag.name}`, flag.offset, spec.length > 0 ? `this instruction takes ${spec.map(([k]) => `--${k}`).join(', ')}` : 'this instruction takes no flags');
    return false;
  }
  if (kind === 'list') {
    if (flag.value !== undefined && flag.value !== '') return true;
    ctx.report('DSL5007', `missing a value on flag --${flag.name}`, flag.offset);
    return false;
  }
  if (out.accepted.some((f) => f.name === flag.name)) {
    ctx.report('DSL5006', `duplicate flag specified: --${flag.name}`, flag.offset);
    return false;
  }
  if (kind === 'bool') {
    const value = flag.value === undefined ? 'true' : flag.value.toLowerCase();
    if (value === 'true' || value === 'false') return true;
    ctx.report('DSL5008', `expecting boolean value for flag --${flag.name}, not '${flag.value}'`, flag.offset);
    return false;
  }
  if (flag.value !== undefined && flag.value !== '') return true;
  ctx.report('DSL5007', `missing a value on flag --${flag.name}`, flag.offset);
  return false;
}
