import { posix } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ComposeStack } from '../stack.js';
import { finding, type RuleContext } from './finding.js';

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
 * checkPaths({ services: { web: { image: 'nginx', volumes: [{ type: 'bind', source: '../secrets', target: '/s' }] } } }, { prefix: [] });
 */
export function checkPaths(stack: ComposeStack, ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [key, s] of Object.entries(stack.services)) {
    s.volumes?.forEach((m, i) => {
      if (m.type === 'bind' && leavesProject(m.source)) {
        out.push(finding('DSL4012', `service '${key}' bind-mounts '${m.source}', which is outside the project`, stack, ['services', key, 'volumes', i], ctx.prefix, 'keep bind mounts inside the project, or use a named volume'));
      }
    });
    s.envFile?.forEach((file, i) => {
      if (leavesProject(file)) out.push(finding('DSL4012', `service '${key}' reads env file '${file}', which is outside the project`, stack, ['services', key, 'envFile', i], ctx.prefix));
    });
  }
  return out;
}
