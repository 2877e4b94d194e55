import { defineComposeRule } from '../compose-rule.js';
import { includesOtherFiles, reportUndeclared, undeclaredText, type UndeclaredReference } from '../undeclared-reference.js';

/**
 * DSL4004: a service receives a config the top-level `configs` does not declare.
 *
 * @example
 * checkStack(stack, [], { rules: [undeclaredConfig] });
 */
export const undeclaredConfig = defineComposeRule<UndeclaredReference>({
  code: 'DSL4004',
  name: 'UndeclaredConfig',
  severity: 'error',
  description: 'A service receives a config that the top-level `configs` does not declare.',
  docs: {
    why: 'Compose refuses a stack whose service uses a config the file does not declare: it would not know where to read it from.',
    catalogue: 'CP008',
    bad: `services:
  proxy:
    image: nginx:1.27
    configs:
      - source: nginx_conf
        target: /etc/nginx/nginx.conf
`,
    good: `services:
  proxy:
    image: nginx:1.27
    configs:
      - source: nginx_conf
        target: /etc/nginx/nginx.conf
configs:
  nginx_conf:
    file: ./nginx.conf
`,
    typescript: `import { compose, defineConfig } from '@dockerdsl/core';

const nginxConf = compose.config('nginx_conf', { file: './nginx.conf' });

const proxy = compose.service('proxy', {
  image: 'nginx:1.27',
  configs: [{ source: nginxConf, target: '/etc/nginx/nginx.conf' }],
});

export default defineConfig({ images: [], compose: [compose.stack('shop', { services: [proxy] })] });
`,
  },
  ...undeclaredText,
  create: (context) => ({
    service(service, name) {
      if (includesOtherFiles(context.stack)) return;
      service.configs?.forEach((grant, index) => reportUndeclared(context, 'config', grant.source, context.stack.configs, ['services', name, 'configs', index], 'configs'));
    },
  }),
});
