import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { findDependencyCycle } from '../depends-on.js';
import type { ComposeStack } from '../stack.js';
import { finding, type RuleContext } from './finding.js';

/**
 * DSL4006: services that wait for each other in a cycle (`depends_on` and `extends` of the
 * same file). Compose refuses to start any of them.
 *
 * @example
 * checkDependencyCycle({ services: { a: { image: 'x', dependsOn: { b: { condition: 'service_started' } } }, b: { image: 'x', dependsOn: { a: { condition: 'service_started' } } } } }, { prefix: [] });
 */
export function checkDependencyCycle(stack: ComposeStack, ctx: RuleContext): Diagnostic[] {
  const graph: Record<string, string[]> = {};
  for (const [key, s] of Object.entries(stack.services)) {
    graph[key] = [...Object.keys(s.dependsOn ?? {}), ...(s.extends && s.extends.file === undefined ? [s.extends.service] : [])];
  }
  const cycle = findDependencyCycle(graph);
  if (!cycle) return [];
  const [first, second] = cycle as [string, string];
  const via = stack.services[first]?.dependsOn?.[second] ? ['dependsOn', second] : ['extends'];
  return [finding('DSL4006', `services depend on each other in a cycle: ${cycle.join(' → ')}`, stack, ['services', first, ...via], ctx.prefix, 'remove one of the dependencies')];
}
