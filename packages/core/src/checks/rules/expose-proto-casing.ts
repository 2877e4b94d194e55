import { defineRule } from '../rule.js';

/** A `/protocol` suffix with an upper-case letter (protocols are ASCII letters). */
const upperProtocol = /\/[A-Za-z]*[A-Z][A-Za-z]*$/;

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
  create: (context) => ({
    expose(step) {
      step.step.ports.forEach((port, i) => {
        if (typeof port === 'string' && upperProtocol.test(port)) context.report(step, { port }, { at: ['ports', i] });
      });
    },
  }),
});
