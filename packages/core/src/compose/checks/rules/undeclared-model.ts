import type { PathSegment } from '../../../diagnostics/diagnostic.js';
import { defineComposeRule } from '../compose-rule.js';
import { includesOtherFiles, reportUndeclared, undeclaredText, type UndeclaredReference } from '../undeclared-reference.js';

/**
 * DSL4110: a service uses a language model the top-level `models` does not declare (service
 * `models` is a list of names or a mapping by name).
 *
 * @example
 * checkStack(stack, [], { rules: [undeclaredModel] });
 */
export const undeclaredModel = defineComposeRule<UndeclaredReference>({
  code: 'DSL4110',
  name: 'UndeclaredModel',
  severity: 'error',
  description: 'A service uses a language model that the top-level `models` does not declare.',
  docs: {
    why: 'Compose refuses a stack whose service uses a model the file does not declare: it would not know which model to run.',
    catalogue: 'CP008',
    bad: `services:
  chat:
    image: ghcr.io/acme/chat:2.0.0
    models:
      - llm
`,
    good: `services:
  chat:
    image: ghcr.io/acme/chat:2.0.0
    models:
      - llm
models:
  llm:
    model: ai/smollm2
`,
    typescript: `import { compose, defineConfig } from '@dockerdsl/core';

const chat = compose.service('chat', { image: 'ghcr.io/acme/chat:2.0.0', models: ['llm'] });

export default defineConfig({ images: [], compose: [compose.stack('chat', { services: [chat], models: { llm: { model: 'ai/smollm2' } } })] });
`,
  },
  ...undeclaredText,
  create: (context) => ({
    service(service, name) {
      if (includesOtherFiles(context.stack)) return;
      const models: Array<[string, PathSegment]> = Array.isArray(service.models) ? service.models.map((model, index) => [model, index]) : Object.keys(service.models ?? {}).map((model) => [model, model]);
      for (const [model, at] of models) reportUndeclared(context, 'model', model, context.stack.models, ['services', name, 'models', at], 'models');
    },
  }),
});
