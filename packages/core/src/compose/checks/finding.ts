import type { Diagnostic, PathSegment, Severity } from '../../diagnostics/diagnostic.js';
import { sourceOf } from '../../model/source-location.js';
import { keySourceOf } from '../key-source.js';
import { composeCodes, type ComposeCode } from './codes.js';

/**
 * Builds a Compose diagnostic. `path` runs from `root` (the stack) into the model; the source
 * location is that of the deepest object (or key, for values read from a file) on the way
 * that knows where it was written.
 *
 * @example
 * finding('DSL4005', "depends_on names 'dbb', which is not a service", stack, ['services', 'web', 'dependsOn', 'dbb'], ['compose', 'shop']);
 */
export function finding(code: ComposeCode, message: string, root: unknown, path: PathSegment[], prefix: PathSegment[], hint?: string, severity?: Severity): Diagnostic {
  const entry = composeCodes[code];
  const d: Diagnostic = { code, rule: entry.rule, severity: severity ?? entry.severity, message, path: [...prefix, ...path] };
  let current = root;
  let source = sourceOf(root);
  for (const segment of path) {
    if (current === null || typeof current !== 'object') break;
    const keyed = keySourceOf(current, segment);
    current = (current as Record<PathSegment, unknown>)[segment];
    source = sourceOf(current) ?? keyed ?? source;
  }
  if (source) d.source = source;
  if (hint) d.hint = hint;
  return d;
}

/**
 * What every compose rule receives: the path prefix of its diagnostics.
 *
 * @example
 * const ctx: RuleContext = { prefix: ['compose', 'shop'] };
 */
export interface RuleContext {
  prefix: PathSegment[];
}
