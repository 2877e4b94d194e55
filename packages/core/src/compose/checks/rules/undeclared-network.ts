import { defineComposeRule } from '../compose-rule.js';
import { includesOtherFiles, reportUndeclared, undeclaredText, type UndeclaredReference } from '../undeclared-reference.js';

/**
 * DSL4002: a service joins a network the top-level `networks` does not declare (`default`
 * needs no declaration).
 *
 * @example
 * checkStack(stack, [], { rules: [undeclaredNetwork] });
 */
export const undeclaredNetwork = defineComposeRule<UndeclaredReference>({
  code: 'DSL4002',
  name: 'UndeclaredNetwork',
  severity: 'error',
  description: 'A service joins a network that the top-level `networks` does not declare.',
  docs: { why: 'Compose refuses a stack whose service joins a network the file does not declare (`service "web" refers to undefined network`).', catalogue: 'CP008' },
  ...undeclaredText,
  create: (context) => ({
    service(service, name) {
      if (includesOtherFiles(context.stack) || !service.networks) return;
      for (const network of Object.keys(service.networks)) {
        if (network !== 'default') reportUndeclared(context, 'network', network, context.stack.networks, ['services', name, 'networks', network], 'networks');
      }
    },
  }),
});
