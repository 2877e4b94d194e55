import { defineRule } from '../rule.js';

interface Data { port: string }

/**
 * DSL3008: an EXPOSE protocol that is not lower case.
 *
 * @example
 * runRules(image, { rules: [exposeProtoCasing] });
 */
export const exposeProtoCasing = defineRule<Data>({
  code: 'DSL3008',
  name: 'ExposeProtoCasing',
  severity: 'warning',
  kinds: ['expose'],
  // Definitions cannot hold it: the port schema takes only tcp, udp and sctp in lower case.
  dockerfileOnly: true,
  description: 'An EXPOSE protocol written in upper or mixed case (`80/TCP`).',
  docs: {
    why: 'Docker accepts any casing but the image config, Compose and Kubernetes all use lower case; mixed casing makes tools compare `80/TCP` and `80/tcp` as different ports.',
    bad: 'FROM nginx:1.27\nEXPOSE 80/TcP',
    good: 'FROM nginx:1.27\nEXPOSE 80/tcp',
    buildkit: 'ExposeProtoCasing',
  },
  format: (d) => `EXPOSE ${d.port}: write the protocol in lower case`,
  hint: (d) => `EXPOSE ${d.port.toLowerCase()}`,
  check(ctx) {
    for (const step of ctx.facts.steps('expose')) {
      step.step.ports.forEach((port, i) => {
        const proto = /\/([A-Za-z]+)$/.exec(String(port))?.[1];
        if (proto && proto !== proto.toLowerCase()) ctx.report(step, { port: String(port) }, { at: ['ports', i] });
      });
    }
  },
});
