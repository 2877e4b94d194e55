import type { CodeInfo } from '../../diagnostics/code-table.js';

/**
 * The problems of reading a Compose file (DSL41xx): stable codes, rule names, default
 * severities, and the catalogue entry (`shared/checks.md`) each one implements.
 *
 * @example
 * composeReadCodes.DSL4102.rule; // 'UnknownComposeKey'
 */
export const composeReadCodes = {
  DSL4101: { rule: 'ComposeYamlSyntax', severity: 'error', catalogue: 'CP024', description: 'The Compose file is not valid YAML, or not a mapping.' },
  DSL4102: { rule: 'UnknownComposeKey', severity: 'error', catalogue: 'CP001', description: 'A key the Compose model does not know (often a typo).' },
  DSL4103: { rule: 'InvalidComposeValue', severity: 'error', catalogue: 'CP021', description: 'A value that cannot be read: a port, a mount, a command, a dependency condition.' },
  DSL4104: { rule: 'ObsoleteVersion', severity: 'info', catalogue: 'CP028', description: 'The top-level `version` is obsolete and ignored; the generated file leaves it out.' },
} as const satisfies Readonly<Record<string, CodeInfo & { readonly catalogue: string }>>;

/**
 * A code the Compose reader reports.
 *
 * @example
 * const code: ComposeReadCode = 'DSL4102';
 */
export type ComposeReadCode = keyof typeof composeReadCodes;
