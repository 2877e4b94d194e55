import type { CodeInfo } from '../../diagnostics/code-table.js';
import { composeReadCodes } from '../read/read-codes.js';
import { composeRules } from './registry.js';

/**
 * Every Compose diagnostic (DSL4xxx) in code order: the rules' (from their metadata), then the
 * reader's (DSL41xx); each with its rule name, default severity and the catalogue entry
 * (`shared/checks.md`) it implements; a rule's with its page in docs/rules/.
 *
 * @example
 * composeCodes.DSL4006?.rule; // 'DependencyCycle'
 */
export const composeCodes: Readonly<Record<string, CodeInfo & { readonly catalogue: string }>> = Object.fromEntries([
  ...[...composeRules]
    // Compared as code units, not with localeCompare: its ICU collator cost milliseconds to set up
    // at every import of core, and the codes are ASCII.
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((rule) => [rule.code, { rule: rule.name, severity: rule.severity, catalogue: rule.docs.catalogue, description: rule.description, docs: `rules/${rule.code}.md` }] as const),
  ...Object.entries(composeReadCodes),
]);
