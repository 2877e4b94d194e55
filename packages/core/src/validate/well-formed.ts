import type { PathSegment } from '../diagnostics/diagnostic.js';

/** A zod-shaped issue for text that cannot be written as UTF-8. */
export interface LoneSurrogateIssue {
  code: 'custom';
  message: string;
  path: PathSegment[];
  params: { code: 'DSL1021' };
  input: string;
}

// With the `u` flag a surrogate range matches only halves that have no partner.
const loneSurrogate = /[\uD800-\uDFFF]/u;
const escapedSurrogate = /\\ud[89a-f]/i;

/**
 * Finds every string (and object key) holding a lone UTF-16 surrogate. Written to a file such a
 * string becomes U+FFFD, so what Docker reads is not what the model said: each one is reported.
 *
 * @example
 * loneSurrogateIssues({ env: { A: '\uD800' } }); // one issue at ['env', 'A']
 */
export function loneSurrogateIssues(value: unknown): LoneSurrogateIssue[] {
  // JSON.stringify writes a lone surrogate as a `\udXXX` escape: one native pass rules out
  // almost every model, and only a hit (or a value it cannot write) is walked for the paths.
  try {
    if (!escapedSurrogate.test(JSON.stringify(value) ?? '')) return [];
  } catch {
    // a cycle or a BigInt: walk it
  }
  const issues: LoneSurrogateIssue[] = [];
  const seen = new Set<object>();
  const visit = (current: unknown, path: PathSegment[]): void => {
    if (typeof current === 'string') {
      if (loneSurrogate.test(current)) issues.push(issue(path, current));
      return;
    }
    if (current === null || typeof current !== 'object' || seen.has(current)) return;
    seen.add(current);
    if (Array.isArray(current)) {
      current.forEach((item, n) => visit(item, [...path, n]));
      return;
    }
    for (const [key, item] of Object.entries(current)) {
      if (loneSurrogate.test(key)) issues.push(issue([...path, key], key));
      visit(item, [...path, key]);
    }
  };
  visit(value, []);
  return issues;
}

function issue(path: PathSegment[], input: string): LoneSurrogateIssue {
  return { code: 'custom', message: 'holds a lone UTF-16 surrogate, which cannot be written as UTF-8 (Docker would read U+FFFD)', path, params: { code: 'DSL1021' }, input };
}
