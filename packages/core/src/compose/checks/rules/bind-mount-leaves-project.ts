import { posix } from 'node:path';
import { defineComposeRule } from '../compose-rule.js';

interface Data { service: string; kind: 'bind mount' | 'env file'; path: string }

/**
 * True when a relative path climbs out of the directory it is relative to.
 *
 * @example
 * leavesProject('./data/../../etc'); // true
 */
export function leavesProject(path: string): boolean {
  if (posix.isAbsolute(path) || path.startsWith('~') || /^[A-Za-z]:[\\/]/.test(path)) return false;
  const normal = posix.normalize(path.replaceAll('\\', '/'));
  return normal === '..' || normal.startsWith('../');
}

/**
 * DSL4012: a relative bind mount or env file that leaves the project with `..`: the stack
 * then depends on where it is checked out, and may expose the host's files.
 *
 * @example
 * checkStack({ services: { web: { image: 'nginx', volumes: [{ type: 'bind', source: '../secrets', target: '/s' }] } } }, [], { rules: [bindMountLeavesProject] });
 */
export const bindMountLeavesProject = defineComposeRule<Data>({
  code: 'DSL4012',
  name: 'BindMountLeavesProject',
  severity: 'warning',
  description: 'A relative bind mount (or env file) that climbs out of the project with `..`.',
  docs: {
    why: 'A path outside the project makes the stack depend on where it is checked out, and may hand the host\'s files to a container.',
    catalogue: 'CP203',
    bad: `services:
  proxy:
    image: nginx:1.27
    volumes:
      - ../shared/nginx.conf:/etc/nginx/nginx.conf:ro
`,
    good: `services:
  proxy:
    image: nginx:1.27
    volumes:
      - ./nginx.conf:/etc/nginx/nginx.conf:ro
`,
    typescript: `import { compose, defineConfig } from '@dockerdsl/core';

const proxy = compose.service('proxy', {
  image: 'nginx:1.27',
  volumes: [compose.bindMount('./nginx.conf', '/etc/nginx/nginx.conf', { readOnly: true })],
});

export default defineConfig({ images: [], compose: [compose.stack('shop', { services: [proxy] })] });
`,
  },
  format: (d) => (d.kind === 'bind mount' ? `service '${d.service}' bind-mounts '${d.path}', which is outside the project` : `service '${d.service}' reads env file '${d.path}', which is outside the project`),
  hint: (d) => (d.kind === 'bind mount' ? 'keep bind mounts inside the project, or use a named volume' : undefined),
  create: (context) => ({
    service(service, name) {
      service.volumes?.forEach((mount, index) => {
        if (mount.type === 'bind' && leavesProject(mount.source)) context.report(['services', name, 'volumes', index], { service: name, kind: 'bind mount', path: mount.source });
      });
      service.envFile?.forEach((file, index) => {
        if (leavesProject(file)) context.report(['services', name, 'envFile', index], { service: name, kind: 'env file', path: file });
      });
    },
  }),
});
