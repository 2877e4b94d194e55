import { publishedRange, type Port } from '../../port.js';
import { defineComposeRule } from '../compose-rule.js';

interface Data { service: string; port: Port; clash: { service: string; port: Port } }

const anyAddress = new Set([undefined, '', '0.0.0.0', '::']);

function overlaps(a: Port, b: Port): boolean {
  if ((a.protocol ?? 'tcp') !== (b.protocol ?? 'tcp')) return false;
  if (!anyAddress.has(a.hostIp) && !anyAddress.has(b.hostIp) && a.hostIp !== b.hostIp) return false;
  const [ra, rb] = [publishedRange(a), publishedRange(b)];
  return ra !== undefined && rb !== undefined && ra[0] <= rb[1] && rb[0] <= ra[1];
}

function describe(p: Port): string {
  return `${p.hostIp ? `${p.hostIp}:` : ''}${p.published}/${p.protocol ?? 'tcp'}`;
}

/**
 * DSL4008: two services, or two entries of one, publishing the same host port (same protocol,
 * overlapping ranges, and addresses that overlap — no address means all of them).
 *
 * @example
 * checkStack(stack, [], { rules: [duplicateHostPort] });
 */
export const duplicateHostPort = defineComposeRule<Data>({
  code: 'DSL4008',
  name: 'DuplicateHostPort',
  severity: 'error',
  description: 'Two services (or two entries) publish the same host port, so the second fails to start.',
  docs: {
    why: 'A host port can be bound once: the second container fails with "port is already allocated".',
    catalogue: 'CP102',
    bad: `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
  api:
    image: ghcr.io/acme/api:1.4.0
    ports:
      - "8080:3000"
`,
    good: `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
  api:
    image: ghcr.io/acme/api:1.4.0
    ports:
      - "8081:3000"
`,
    typescript: `import { compose, defineConfig } from '@dockerdsl/core';

const web = compose.service('web', { image: 'nginx:1.27', ports: ['8080:80'] });

const api = compose.service('api', { image: 'ghcr.io/acme/api:1.4.0', ports: ['8081:3000'] });

export default defineConfig({ images: [], compose: [compose.stack('shop', { services: [web, api] })] });
`,
  },
  format: (d) => `service '${d.service}' publishes host port ${describe(d.port)}, which ${d.clash.service === d.service ? `another entry of '${d.service}'` : `service '${d.clash.service}'`} already publishes (${describe(d.clash.port)})`,
  hint: 'publish a different host port, or leave `published` out to let Docker pick one',
  create: (context) => {
    const seen: Array<{ service: string; port: Port }> = [];
    return {
      service(service, name) {
        (service.ports ?? []).forEach((port, index) => {
          const clash = seen.find((p) => overlaps(p.port, port));
          if (clash) context.report(['services', name, 'ports', index], { service: name, port, clash });
          seen.push({ service: name, port });
        });
      },
    };
  },
});
