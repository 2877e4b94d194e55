import { defineComposeRule } from '../compose-rule.js';

interface Data { service: string; containerName: string; replicas: number }

/**
 * DSL4011: `container_name` with `deploy.replicas` above 1 — container names are unique, so
 * only one replica could start.
 *
 * @example
 * checkStack({ services: { web: { image: 'nginx', containerName: 'web', deploy: { replicas: 2 } } } }, [], { rules: [containerNameWithReplicas] });
 */
export const containerNameWithReplicas = defineComposeRule<Data>({
  code: 'DSL4011',
  name: 'ContainerNameWithReplicas',
  severity: 'error',
  description: '`container_name` on a service with more than one replica: container names are unique.',
  docs: {
    why: 'Container names are unique on a host, so a fixed name lets only one replica start.',
    catalogue: 'CP016',
    bad: `services:
  worker:
    image: ghcr.io/acme/worker:1.4.0
    container_name: worker
    deploy:
      replicas: 3
`,
    good: `services:
  worker:
    image: ghcr.io/acme/worker:1.4.0
    deploy:
      replicas: 3
`,
    typescript: `import { compose, defineConfig } from '@dockerdsl/core';

const worker = compose.service('worker', { image: 'ghcr.io/acme/worker:1.4.0', deploy: { replicas: 3 } });

export default defineConfig({ images: [], compose: [compose.stack('jobs', { services: [worker] })] });
`,
  },
  format: (d) => `service '${d.service}' sets container_name '${d.containerName}' but asks for ${d.replicas} replicas; container names must be unique`,
  hint: 'drop container_name (Compose names replicas <project>-<service>-<n>)',
  create: (context) => ({
    service(service, name) {
      const replicas = service.deploy?.replicas ?? 1;
      if (service.containerName !== undefined && replicas > 1) context.report(['services', name, 'containerName'], { service: name, containerName: service.containerName, replicas });
    },
  }),
});
