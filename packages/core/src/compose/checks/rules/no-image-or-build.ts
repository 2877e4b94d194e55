import { defineComposeRule } from '../compose-rule.js';

interface Data { service: string }

/**
 * DSL4010: a service needs an image, a build or a service it extends (a `provider` service is
 * run by an external component, not from an image).
 *
 * @example
 * checkStack({ services: { web: {} } }, [], { rules: [noImageOrBuild] }); // DSL4010
 */
export const noImageOrBuild = defineComposeRule<Data>({
  code: 'DSL4010',
  name: 'NoImageOrBuild',
  severity: 'error',
  description: 'A service with neither `image` nor `build` (nor `extends`) has nothing to run.',
  docs: { why: 'Compose refuses a service with nothing to run: it has no image to pull and nothing to build.', catalogue: 'CP003' },
  format: (d) => `service '${d.service}' has neither an image nor a build`,
  hint: 'set `image`, or `build` with a DSL image or a context',
  create: (context) => ({
    service(service, name) {
      if (service.image === undefined && service.build === undefined && service.extends === undefined && service.provider === undefined) context.report(['services', name], { service: name });
    },
  }),
});
