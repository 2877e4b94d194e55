const reserved = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await any boolean number string symbol type of image stage sh script add arg bind cache cmd comment copy entrypoint env expose healthcheck healthcheckNone label maintainer onbuild run secret shell ssh stopsignal tmpfs user volume workdir'.split(' '),
);

/**
 * A camelCase identifier for a stage or image name (`build-stage` → `buildStage`), never a
 * reserved word or an imported name.
 *
 * @example
 * toIdentifier('build-env'); // 'buildEnv'
 * toIdentifier('2nd'); // 'stage2nd'
 */
export function toIdentifier(name: string, fallback = 'stage'): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  let id = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  if (id === '') return fallback;
  if (/^[0-9]/.test(id)) id = fallback + id;
  if (reserved.has(id)) id += fallback.charAt(0).toUpperCase() + fallback.slice(1);
  return id;
}

/**
 * Hands out identifiers, adding a number when one is taken.
 *
 * @example
 * const names = new NamePool(); names.take('build'); names.take('build'); // 'build', 'build2'
 */
export class NamePool {
  private readonly used = new Set<string>();
  /** The next number to try per wanted name, so many takes of one name stay linear. */
  private readonly next = new Map<string, number>();

  constructor(taken: Iterable<string> = []) {
    for (const t of taken) this.used.add(t);
  }

  take(wanted: string): string {
    let name = wanted;
    let n = this.next.get(wanted) ?? 2;
    for (; this.used.has(name); n++) name = `${wanted}${n}`;
    this.next.set(wanted, n);
    this.used.add(name);
    return name;
  }
}
