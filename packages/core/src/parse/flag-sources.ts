import type { SourceLocation } from '../model/source-location.js';
import type { InstructionContext } from './context.js';
import type { FlagOccurrence } from './flags.js';

const registry = new WeakMap<object, Readonly<Record<string, SourceLocation[]>>>();

/**
 * Where each flag of a parsed instruction or stage was written, by flag name (a repeated flag
 * such as `--mount` has one range per occurrence). Empty for objects that were not parsed.
 *
 * @example
 * flagSourcesOf(copyStep).chmod?.[0]; // { file: 'Dockerfile', line: 7, column: 6, endLine: 7, endColumn: 18 }
 */
export function flagSourcesOf(target: object): Readonly<Record<string, SourceLocation[]>> {
  return registry.get(target) ?? {};
}

/** Records the flag ranges of `target` (parser use). */
export function recordFlagSources(target: object, flags: readonly FlagOccurrence[], ctx: InstructionContext): void {
  if (flags.length === 0) return;
  const byName: Record<string, SourceLocation[]> = {};
  for (const f of flags) (byName[f.name] ??= []).push(ctx.locate(f.offset, f.length));
  registry.set(target, byName);
}
