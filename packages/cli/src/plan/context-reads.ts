import type { Image } from '@dockerdsl/core';

/**
 * What an image reads from its build context: the sources of its `COPY`/`ADD` steps without
 * `--from` and the sources of its `RUN --mount=type=bind` without `from`, cleaned to context-
 * relative paths (`.` for the whole context). `everything` is true when a source cannot be
 * known before the build (it uses a variable), so every context file counts as read.
 *
 * @example
 * contextReads(apiImage); // { sources: ['package.json', 'apps/api'], everything: false }
 */
export function contextReads(image: Image): { sources: string[]; everything: boolean } {
  const sources = new Set<string>();
  let everything = false;
  const add = (source: string): void => {
    if (source.includes('$')) everything = true;
    else sources.add(cleanPath(source));
  };
  for (const stage of image.stages) {
    for (const step of stage.steps) {
      if (step.kind === 'copy' && step.from === undefined) step.sources.forEach((s) => typeof s === 'string' && add(s));
      else if (step.kind === 'add') step.sources.forEach((s) => typeof s === 'string' && !/^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(s) && add(s));
      else if (step.kind === 'run') for (const m of step.mounts ?? []) if (m.type === 'bind' && m.from === undefined) add(m.source ?? '.');
    }
  }
  return { sources: [...sources].sort(), everything };
}

/**
 * True when a context file is read by one of the sources: it is the source, lies below it, or
 * it (or a folder above it) matches a source with wildcards the way Docker's `COPY` matches
 * them (Go's `filepath.Match`: `*` and `?` within one path segment, `[…]` classes).
 *
 * @example
 * isRead('packages/shared/src/index.ts', ['packages/*']); // true
 */
export function isRead(path: string, sources: readonly string[]): boolean {
  const parts = path.split('/');
  for (const source of sources) {
    if (source === '.' || path === source || path.startsWith(`${source}/`)) return true;
    if (!/[*?[\\]/.test(source)) continue;
    const pattern = segmentPattern(source);
    const depth = source.split('/').length;
    if (depth <= parts.length && pattern.test(parts.slice(0, depth).join('/'))) return true;
  }
  return false;
}

/**
 * True when a context folder may hold a file one of the sources reads: the folder is read
 * itself, or it lies on the way to a source (segment by segment, wildcards matching as in
 * `isRead`). False means nothing below the folder is read, so it need not be listed.
 *
 * @example
 * mayHoldRead('packages', ['packages/shared/src']); // true
 * mayHoldRead('node_modules', ['apps/api', 'package.json']); // false
 */
export function mayHoldRead(folder: string, sources: readonly string[]): boolean {
  if (isRead(folder, sources)) return true;
  const parts = folder.split('/');
  return sources.some((source) => {
    const segments = source.split('/');
    return segments.length > parts.length && parts.every((part, i) => segmentPattern(segments[i]!).test(part));
  });
}

/**
 * A path as Docker cleans a COPY source: relative to the context root, without `.`, empty
 * segments or a trailing slash; `..` cannot climb above the root.
 *
 * @example
 * cleanPath('/apps//api/./src/'); // 'apps/api/src'
 */
export function cleanPath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.length === 0 ? '.' : out.join('/');
}

function segmentPattern(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\' && i + 1 < glob.length) re += escape(glob[++i]!);
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) return /(?!)/; // Go reports a bad pattern; such a COPY fails, so it reads nothing
      const body = glob.slice(i + 1, end);
      re += `[${body}]`; // Go and JavaScript classes agree: ^ negates, - spans, \\ escapes
      i = end;
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
