/**
 * A `.dockerignore` matcher with Docker's rules: patterns are cleaned paths relative to the
 * context root, `*` and `?` stay within one path segment, `**` spans any number of segments,
 * and a pattern that matches a parent directory excludes everything below it.
 *
 * @example
 * const ignored = dockerignoreMatcher(['**\/*.log', 'tmp']);
 * ignored('tmp/cache/a'); // true
 */
export function dockerignoreMatcher(lines: readonly string[]): (path: string) => boolean {
  const patterns = lines
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('!'))
    .map((l) => toRegExp(clean(l)));
  return (path: string) => {
    const parts = clean(path).split('/');
    for (let n = parts.length; n > 0; n--) {
      const prefix = parts.slice(0, n).join('/');
      if (patterns.some((p) => p.test(prefix))) return true;
    }
    return false;
  };
}

/** True when the patterns include `!` exceptions (BuildKit then skips the check). */
export function hasExceptions(lines: readonly string[]): boolean {
  return lines.some((l) => l.trim().startsWith('!'));
}

function clean(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function toRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else {
        re += '.*';
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += '[' + pattern.slice(i + 1, end).replace(/^\^/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
