import { hiddenSlot } from '../model/hidden-slot.js';
import type { SourceLocation } from '../model/source-location.js';
import { rangeIn, type InstructionContext } from './context.js';
import type { FlagOccurrence } from './flags.js';
import type { LogicalLine } from './lines.js';

class Pending {
  constructor(
    readonly flags: readonly FlagOccurrence[],
    readonly file: string,
    readonly logical: LogicalLine,
  ) {}
}

type Stored = Pending | Readonly<Record<string, SourceLocation[]>>;

// A slot, not a WeakMap or a hidden property: the parser records one for every instruction with
// a flag, and a slot is the cheapest of the three to add (see hiddenSlot).
const stored = hiddenSlot<Stored>('dockerdsl.parsedFlagSources');

/**
 * Where each flag of a parsed instruction or stage was written, by flag name (a repeated flag
 * such as `--mount` has one range per occurrence). Empty for objects that were not parsed.
 *
 * @example
 * flagSourcesOf(copyStep).chmod?.[0]; // { file: 'Dockerfile', line: 7, column: 6, endLine: 7, endColumn: 18 }
 */
export function flagSourcesOf(target: object): Readonly<Record<string, SourceLocation[]>> {
  const entry = stored.get(target);
  if (entry === undefined) return {};
  if (!(entry instanceof Pending)) return entry;
  const { flags, file, logical } = entry;
  const byName: Record<string, SourceLocation[]> = {};
  for (const f of flags) (byName[f.name] ??= []).push(rangeIn(file, logical, f.offset, f.length));
  stored.set(target, byName);
  return byName;
}

/**
 * Records the flags of `target` (parser use); their ranges are worked out when asked for.
 *
 * @example
 * recordFlagSources(copyStep, flags.all, ctx);
 */
export function recordFlagSources(target: object, flags: readonly FlagOccurrence[], ctx: InstructionContext): void {
  if (flags.length > 0 && !Object.isFrozen(target)) stored.set(target, new Pending(flags, ctx.file, ctx.logical));
}
