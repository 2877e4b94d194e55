/**
 * Groups images into levels a CI can build one after the other, each level's images in
 * parallel: an image's level is one more than the highest level among the images of the set it
 * depends on (0 when none). Dependencies outside the set are already built, so they do not
 * count. Within a level the input order is kept.
 *
 * @example
 * dependencyLevels(['base', 'api', 'web'], new Map([['api', ['base']], ['web', []]])); // [['base', 'web'], ['api']]
 */
export function dependencyLevels(names: readonly string[], dependsOn: ReadonlyMap<string, readonly string[]>): string[][] {
  const inSet = new Set(names);
  const level = new Map<string, number>();
  const levelOf = (name: string, path: Set<string>): number => {
    const known = level.get(name);
    if (known !== undefined) return known;
    // A cycle cannot be built at all; synth reports it, so here it only must not loop.
    if (path.has(name)) return 0;
    path.add(name);
    const deps = (dependsOn.get(name) ?? []).filter((d) => inSet.has(d) && d !== name);
    const value = deps.length === 0 ? 0 : 1 + Math.max(...deps.map((d) => levelOf(d, path)));
    path.delete(name);
    level.set(name, value);
    return value;
  };
  const levels: string[][] = [];
  for (const name of names) (levels[levelOf(name, new Set())] ??= []).push(name);
  return levels.filter((l) => l !== undefined);
}
