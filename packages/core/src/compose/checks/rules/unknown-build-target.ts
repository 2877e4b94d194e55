import { didYouMean } from '../../../diagnostics/did-you-mean.js';
import { defineComposeRule } from '../compose-rule.js';

interface Data { service: string; target: string; image: string; stages: readonly string[]; guess?: string }

/**
 * DSL4009: a service's `build.target` must be a stage of the DSL image it builds (stage names
 * compare case-insensitively, as BuildKit's do).
 *
 * @example
 * checkStack(stack, [], { rules: [unknownBuildTarget] });
 */
export const unknownBuildTarget = defineComposeRule<Data>({
  code: 'DSL4009',
  name: 'UnknownBuildTarget',
  severity: 'error',
  description: '`build.target` is not a stage of the image being built.',
  docs: {
    why: 'The build fails when it reaches a target stage the Dockerfile does not have; the stack definition shows it before any build.',
    catalogue: 'CP105',
    exampleKind: 'definition',
    bad: `import { compose, image, stage } from '@dockerdsl/core';

const api = image('api', {
  stages: [stage('runtime', { from: 'node:22-alpine' }).workdir('/app').copy('.', '.').cmd(['node', 'server.js'])],
});

const service = compose.service('api', { build: { image: api } });

// Patches are typed by service name only, so a wrong target there is no type error.
export const shop = compose.stack('shop', {
  services: [service],
  environments: { debug: { services: { api: { build: { image: api, target: 'debug' } } } } },
});
`,
    good: `import { compose, defineConfig, image, stage } from '@dockerdsl/core';

const api = image('api', {
  stages: [stage('runtime', { from: 'node:22-alpine' }).workdir('/app').copy('.', '.').cmd(['node', 'server.js'])],
});

const service = compose.service('api', { build: { image: api } });

const shop = compose.stack('shop', {
  services: [service],
  environments: { debug: { services: { api: { build: { image: api, target: 'runtime' } } } } },
});

export default defineConfig({ images: [api], compose: [shop] });
`,
  },
  format: (d) => `service '${d.service}' builds target '${d.target}', which is not a stage of image '${d.image}'${d.guess ? ` (did you mean '${d.guess}'?)` : ''}`,
  hint: (d) => (d.stages.length ? `stages: ${d.stages.join(', ')}` : `image '${d.image}' has no named stages`),
  create: (context) => ({
    service(service, name) {
      const image = service.build?.image;
      const target = service.build?.target;
      if (!image || target === undefined) return;
      const stages = image.stages.flatMap((stage) => (stage.name === undefined ? [] : [stage.name]));
      if (stages.some((stage) => stage.toLowerCase() === target.toLowerCase())) return;
      const guess = didYouMean(target, stages);
      context.report(['services', name, 'build', 'target'], { service: name, target, image: image.name, stages, ...(guess ? { guess } : {}) });
    },
  }),
});
