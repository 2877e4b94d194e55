import type { PathSegment } from '../diagnostics/diagnostic.js';
import type { Instruction } from '../instructions/index.js';

/**
 * The values of a step that the builder expands (`$VAR`), with their paths. RUN, CMD and
 * ENTRYPOINT are left to the shell and have none.
 *
 * @example
 * expandedFields({ kind: 'workdir', path: '$APP_HOME' }); // [{ text: '$APP_HOME', at: ['path'] }]
 */
export function expandedFields(step: Instruction): Array<{ text: string; at: PathSegment[] }> {
  switch (step.kind) {
    case 'add':
    case 'copy': {
      const out = step.sources.flatMap((s, i) => (typeof s === 'string' ? [{ text: s, at: ['sources', i] as PathSegment[] }] : []));
      out.push({ text: step.destination, at: ['destination'] });
      if (typeof step.chown === 'string') out.push({ text: step.chown, at: ['chown'] });
      if (step.chmod !== undefined) out.push({ text: step.chmod, at: ['chmod'] });
      return out;
    }
    case 'env':
      return Object.entries(step.vars).map(([k, v]) => ({ text: v, at: ['vars', k] }));
    case 'label':
      return Object.entries(step.labels).flatMap(([k, v]) => [{ text: k, at: ['labels', k] }, { text: v, at: ['labels', k] }]);
    case 'arg':
      return step.default === undefined ? [] : [{ text: step.default, at: ['default'] }];
    case 'expose':
      return step.ports.map((p, i) => ({ text: String(p), at: ['ports', i] }));
    case 'volume':
      return step.paths.map((p, i) => ({ text: p, at: ['paths', i] }));
    case 'workdir':
      return [{ text: step.path, at: ['path'] }];
    case 'user':
      return [{ text: String(step.user), at: ['user'] }, ...(step.group === undefined ? [] : [{ text: String(step.group), at: ['group'] as PathSegment[] }])];
    case 'stopsignal':
      return [{ text: String(step.signal), at: ['signal'] }];
    default:
      return [];
  }
}
