import type { PackageManifest } from './manifest.js';

/**
 * The dependency fields of a manifest, in the order they are read.
 *
 * @example
 * dependencyFields[0]; // 'dependencies'
 */
export const dependencyFields = ['dependencies', 'optionalDependencies', 'devDependencies', 'peerDependencies'] as const;

/**
 * A dependency of one workspace package on another.
 *
 * @example
 * const d: WorkspaceDependency = { name: '@acme/shared', spec: 'workspace:^', field: 'dependencies' };
 */
export interface WorkspaceDependency {
  name: string;
  /** The version as written: `workspace:*`, `^1.2.0`, `*`, … */
  spec: string;
  field: (typeof dependencyFields)[number];
}

/**
 * Splits a manifest's dependencies into those on workspace packages (by name, as npm links
 * any dependency a workspace package satisfies) and `workspace:` ones naming no package.
 * A name listed in two fields counts once, from the first field that lists it.
 *
 * @example
 * internalDependencies({ dependencies: { '@a/x': 'workspace:*', ms: '^2' } }, new Set(['@a/x'])).internal; // [{ name: '@a/x', … }]
 */
export function internalDependencies(manifest: PackageManifest, names: ReadonlySet<string>): { internal: WorkspaceDependency[]; missing: WorkspaceDependency[] } {
  const internal: WorkspaceDependency[] = [];
  const missing: WorkspaceDependency[] = [];
  const seen = new Set<string>();
  for (const field of dependencyFields) {
    const deps = manifest[field];
    if (deps === null || typeof deps !== 'object') continue;
    for (const [name, spec] of Object.entries(deps)) {
      if (seen.has(name) || typeof spec !== 'string') continue;
      seen.add(name);
      if (names.has(name)) internal.push({ name, spec, field });
      else if (spec.startsWith('workspace:')) missing.push({ name, spec, field });
    }
  }
  return { internal, missing };
}

/**
 * The cycles among workspace packages (peer dependencies excluded: they install nothing), each
 * as the package names along it, starting from its smallest name. One cycle per strongly
 * connected group.
 *
 * @example
 * findCycles(packages); // [['@a/x', '@a/y']] when x needs y and y needs x
 */
export function findCycles(packages: ReadonlyMap<string, { internalDependencies: WorkspaceDependency[] }>): string[][] {
  const edges = (name: string): string[] => (packages.get(name)?.internalDependencies ?? []).filter((d) => d.field !== 'peerDependencies' && packages.has(d.name)).map((d) => d.name);
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): void => {
    state.set(name, 'open');
    stack.push(name);
    for (const next of edges(name)) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const start = cycle.indexOf([...cycle].sort()[0]!);
        cycles.push([...cycle.slice(start), ...cycle.slice(0, start)]);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const name of [...packages.keys()].sort()) if (!state.has(name)) visit(name);
  return cycles;
}

/**
 * A package and every workspace package it needs, directly or through others (peer
 * dependencies excluded), in build order: each package after the packages it depends on, ties by
 * name. The package itself comes last.
 *
 * @example
 * closureOrder(packages, '@acme/api'); // ['@acme/config', '@acme/shared', '@acme/api']
 */
export function closureOrder(packages: ReadonlyMap<string, { internalDependencies: WorkspaceDependency[] }>, name: string): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (current: string): void => {
    if (seen.has(current)) return;
    seen.add(current);
    const deps = (packages.get(current)?.internalDependencies ?? []).filter((d) => d.field !== 'peerDependencies' && packages.has(d.name)).map((d) => d.name).sort();
    for (const dep of deps) visit(dep);
    order.push(current);
  };
  visit(name);
  return order;
}
