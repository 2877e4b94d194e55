import { defineRule } from '../rule.js';

interface Data { port: string }

/**
 * DSL3009: an IP address or host port in EXPOSE.
 *
 * @example
 * runRules(image, { rules: [exposeInvalidFormat] });
 */
export const exposeInvalidFormat = defineRule<Data>({
  code: 'DSL3009',
  name: 'ExposeInvalidFormat',
  severity: 'warning',
  description: 'EXPOSE with an IP address or a host-port mapping (`EXPOSE 8080:80`), which only `docker run -p` can do.',
  docs: {
    why: 'EXPOSE documents container ports; publishing to the host happens at run time. BuildKit still accepts `host:container` here but ignores the host part and plans to reject it.',
    bad: 'FROM nginx:1.27\nEXPOSE 8080:80',
    good: 'FROM nginx:1.27\nEXPOSE 80',
    buildkit: 'ExposeInvalidFormat',
    hadolint: ['DL3011'],
  },
  format: (d) => `EXPOSE ${d.port} gives an IP address or host port; EXPOSE takes container ports only`,
  hint: 'expose the container port and publish it with -p or Compose ports',
  create: (context) => ({
    expose(step) {
      step.step.ports.forEach((port, i) => {
        // A number has no `:`; only a string can hold a host part.
        if (typeof port === 'string' && port.includes(':') && !port.includes('${')) context.report(step, { port }, { at: ['ports', i] });
      });
    },
  }),
});
