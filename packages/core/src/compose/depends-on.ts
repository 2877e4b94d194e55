/**
 * When a dependency counts as ready.
 *
 * @example
 * const c: DependencyCondition = 'service_healthy';
 */
export type DependencyCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

/**
 * One `depends_on` entry in long syntax. `required: false` lets the stack start without the
 * dependency; `restart: true` restarts this service when the dependency is updated.
 *
 * @example
 * const d: Dependency = { condition: 'service_healthy', restart: true };
 */
export interface Dependency {
  condition: DependencyCondition;
  restart?: boolean;
  required?: boolean;
}

/**
 * `depends_on` as Compose YAML, always in long syntax so the condition is explicit.
 *
 * @example
 * compileDependsOn({ db: { condition: 'service_healthy' } }); // { db: { condition: 'service_healthy' } }
 */
export function compileDependsOn(deps: Record<string, Dependency>): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [key, d] of Object.entries(deps)) {
    out[key] = { condition: d.condition, ...(d.restart === undefined ? {} : { restart: d.restart }), ...(d.required === undefined ? {} : { required: d.required }) };
  }
  return out;
}

/**
 * The services that `deps` waits for in a cycle, if any, as the path around it
 * (`['web', 'api', 'web']`). Compose refuses such a stack ("dependency cycle detected").
 *
 * @example
 * findDependencyCycle({ a: ['b'], b: ['a'] }); // ['a', 'b', 'a']
 */
export function findDependencyCycle(graph: Record<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const trail: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'visiting') return [...trail.slice(trail.indexOf(node)), node];
    state.set(node, 'visiting');
    trail.push(node);
    for (const next of graph[node] ?? []) {
      if (!(next in graph)) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of Object.keys(graph).sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}
