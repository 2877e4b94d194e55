import type { Suppressions } from '../image/stage.js';

/**
 * BuildKit's `# check=` directive: `skip=Rule,Rule|all;error=true`.
 *
 * @example
 * parseCheckDirective('skip=JSONArgsRecommended;error=true'); // { skip: Set {'JSONArgsRecommended'}, all: false, error: true }
 */
export interface CheckDirective {
  skip: Set<string>;
  /** `skip=all`. */
  all: boolean;
  /** `error=true`: BuildKit check violations fail the build. */
  error: boolean;
}

/** The directive of a file without `# check=`: shared, never mutated. */
export const noDirective: CheckDirective = Object.freeze({ skip: new Set<string>(), all: false, error: false }) as CheckDirective;

/**
 * Reads a `check` directive value.
 *
 * @example
 * parseCheckDirective('skip=all').all; // true
 */
export function parseCheckDirective(value: string | undefined): CheckDirective {
  if (!value) return noDirective;
  const directive: CheckDirective = { skip: new Set(), all: false, error: false };
  for (const part of (value ?? '').split(';')) {
    const [key, raw = ''] = part.split('=', 2).map((s) => s.trim());
    if (key === 'skip') {
      for (const name of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
        if (name === 'all') directive.all = true;
        else directive.skip.add(name);
      }
    } else if (key === 'error') {
      directive.error = raw === 'true';
    }
  }
  return directive;
}

/**
 * `# dsl ignore=…` and `# hadolint ignore=…` comments of a Dockerfile: codes ignored on the
 * next instruction's line, and `# dsl global ignore=…` for the whole file.
 *
 * @example
 * const ignores = commentIgnores(['# dsl ignore=DSL3007 pinned upstream', 'FROM alpine:latest']);
 * ignores.lines.get(2); // Set { 'DSL3007' }
 */
export interface CommentIgnores {
  /** 1-based line of an instruction → codes and names ignored on it. */
  lines: Map<number, Set<string>>;
  file: Set<string>;
}

const ignoreComment = /^\s*#\s*(dsl|hadolint)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s]+?)(?:\s+(?!,)\S.*)?$/;

/**
 * Reads one ignore comment line: which tool it speaks to, whether it is `global`, and the
 * codes or names it lists (text after them is the reason). Undefined for any other line.
 *
 * @example
 * ignoreCommentOf('# dsl ignore=DSL4008,DSL4013 the proxy owns port 80'); // { tool: 'dsl', global: false, codes: ['DSL4008', 'DSL4013'] }
 */
export function ignoreCommentOf(line: string): { tool: 'dsl' | 'hadolint'; global: boolean; codes: string[] } | undefined {
  const match = ignoreComment.exec(line);
  if (!match) return undefined;
  return { tool: match[1] as 'dsl' | 'hadolint', global: match[2] !== undefined, codes: match[3]!.split(/[\s,]+/).filter(Boolean) };
}

/**
 * Finds the ignore comments of a Dockerfile.
 *
 * @example
 * commentIgnores(text.split('\n'));
 */
export function commentIgnores(lines: readonly string[]): CommentIgnores {
  const result: CommentIgnores = { lines: new Map(), file: new Set() };
  let pending: string[] = [];
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('#')) {
      const comment = ignoreCommentOf(line);
      if (!comment) continue;
      if (comment.global) comment.codes.forEach((c) => result.file.add(c));
      else pending.push(...comment.codes);
      continue;
    }
    if (pending.length > 0) {
      result.lines.set(i + 1, new Set(pending));
      pending = [];
    }
  }
  return result;
}

// `object &` lets docs that name no hadolint codes at all (a Compose rule's) through TypeScript's
// check against types whose properties are all optional.
/**
 * True when a set of ignored keys (or an `ignore` table) covers a rule: its code, its name, or
 * one of the hadolint codes it mirrors.
 *
 * @example
 * covers(new Set(['DL3007']), latestTag); // true
 */
export function covers(keys: ReadonlySet<string> | Suppressions | undefined, rule: { code: string; name: string; docs?: object & { hadolint?: readonly string[] } }): boolean {
  if (!keys || (keys instanceof Set && keys.size === 0)) return false;
  const has = keys instanceof Set ? (k: string) => keys.has(k) : (k: string) => Object.hasOwn(keys, k);
  return has(rule.code) || has(rule.name) || (rule.docs?.hadolint ?? []).some(has);
}
