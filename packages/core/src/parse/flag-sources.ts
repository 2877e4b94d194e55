import type { SourceLocation } from '../model/source-location.js';
import type { InstructionContext } from './context.js';
import type { FlagOccurrence } from './flags.js';

class Pending {
  constructor(
    readonly flags: readonly FlagOccurrence[],
    readonly ctx: InstructionContext,
  ) {}
}

// A hidden property, not a WeakMap: setting a non-enumerable property is several times cheaper
// than a WeakMap entry (which the garbage collector must also trace as an ephemeron), and the
// parser records one for every instruction with a flag.
const FLAGS = Symbol.for('dockerdsl.flagSources');

type Stored = Pending | Readonly<Record<string, SourceLocation[]>>;

function store(target: object, value: Stored): void {
  Object.defineProperty(target, FLAGS, { value, enumerable: false, configurable: true, writable: true });
}

/**
 * Where each flag of a parsed instruction or stage was written, by flag name (a repeated flag
 * such as `--mount` has one range per occurrence). Empty for objects that were not parsed.
 *
 * @example
 * flagSourcesOf(copyStep).chmod?.[0]; // { file: 'Dockerfile', line: 7, column: 6, endLine: 7, endColumn: 18 }
 */
export function flagSourcesOf(target: object): Readonly<Record<string, SourceLocation[]>> {
  const entry = (target as Record<symbol, Stored | undefined>)[FLAGS];
  if (entry === undefined) return {};
  if (!(entry instanceof Pending)) return entry;
  const { flags, ctx } = entry;
  const byName: Record<string, SourceLocation[]> = {};
  for (const f of flags) (byName[f.name] ??= []).push(ctx.locate(f.offset, f.length));
  store(target, byName);
  return byName;
}

/**
 * Records the flags of `target` (parser use); their ranges are worked out when asked for.
 *
 * @example
 * recordFlagSources(copyStep, flags.all, ctx);
 */
export function recordFlagSources(target: object, flags: readonly FlagOccurrence[], ctx: InstructionContext): void {
  if (flags.length > 0 && !Object.isFrozen(target)) store(target, new Pending(flags, ctx));
}
