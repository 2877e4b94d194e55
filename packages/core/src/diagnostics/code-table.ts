import type { Severity } from './diagnostic.js';

/**
 * What one diagnostic code means. Every code of the project is described in this shape, in a
 * table beside the code that reports it; the diagnostics reference (docs/diagnostics.md) is
 * generated from those tables.
 *
 * @example
 * const info: CodeInfo = { rule: 'StageCycle', severity: 'error', description: 'Stages depend on each other in a cycle.' };
 */
export interface CodeInfo {
  /** The problem's name, reported beside the code (`StageCycle`). */
  readonly rule: string;
  /** The severity it is reported with unless a config changes it. */
  readonly severity: Severity;
  /** What it means, in a sentence or two, for the reference. */
  readonly description: string;
  /** A page that explains it further, relative to docs/ (a rule's page). */
  readonly docs?: string;
  /** Reported only when a config turns it on (opt-in rules). */
  readonly optIn?: boolean;
}

/**
 * Codes and what each means, keyed by code.
 *
 * @example
 * const codes = { DSL2005: { rule: 'StageCycle', severity: 'error', description: '…' } } as const satisfies CodeTable;
 */
export type CodeTable = Readonly<Record<string, CodeInfo>>;

/**
 * The code and rule of one entry of a table, as a diagnostic spreads them in.
 *
 * @example
 * const d: Diagnostic = { ...codeRef(planCodeTable, 'DSL5990'), severity: 'error', message: "unknown ref 'main'", path: [] };
 */
export function codeRef<T extends CodeTable, C extends keyof T & string>(table: T, code: C): { code: C; rule: T[C]['rule'] } {
  return { code, rule: table[code]!.rule };
}

/**
 * A group of codes in the diagnostics reference: its heading, an introduction and the codes.
 *
 * @example
 * const section: CodeSection = { title: 'DSL59xx: the config file', intro: 'Reported by the CLI when …', codes: configCodeTable };
 */
export interface CodeSection {
  readonly title: string;
  readonly intro: string;
  readonly codes: CodeTable;
}
