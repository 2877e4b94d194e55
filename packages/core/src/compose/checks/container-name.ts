import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ComposeStack } from '../stack.js';
import { finding, type RuleContext } from './finding.js';

/**
 * DSL4011: `container_name` with `deploy.replicas` above 1 — container names are unique, so
 * only one replica could start.
 *
 * @example
 * checkContainerName({ services: { web: { image: 'nginx', containerName: 'web', deploy: { replicas: 2 } } } }, { prefix: [] });
 */
export function checkContainerName(stack: ComposeStack, ctx: RuleContext): Diagnostic[] {
  return Object.entries(stack.services).flatMap(([key, s]) =>
    s.containerName !== undefined && (s.deploy?.replicas ?? 1) > 1
      ? [finding('DSL4011', `service '${key}' sets container_name '${s.containerName}' but asks for ${s.deploy!.replicas} replicas; container names must be unique`, stack, ['services', key, 'containerName'], ctx.prefix, 'drop container_name (Compose names replicas <project>-<service>-<n>)')]
      : [],
  );
}
