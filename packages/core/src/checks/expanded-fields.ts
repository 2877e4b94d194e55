import type { PathSegment } from '../diagnostics/diagnostic.js';
import type { Instruction } from '../instructions/index.js';

/**
 * The values of a step that the builder expands and that hold a `$`, with their paths. RUN, CMD
 * and ENTRYPOINT are left to the shell and have none.
 *
 * @example
 * expandedFields({ kind: 'workdir', path: '$APP_HOME' }); // [{ text: '$APP_HOME', at: ['path'] }]
 */
export function expandedFields(step: Instruction): Array<{ text: string; at: PathSegment[] }> {
  if (!mayExpand(step)) return [];
  return allFields(step).filter((f) => f.text.includes('$'));
}

/** A cheap test that skips the (many) steps with no `$` anywhere. */
function mayExpand(step: Instruction): boolean {
  switch (step.kind) {
    case 'add':
    case 'copy': {
      if (step.destination.includes('$') || (typeof step.chown === 'string' && step.chown.includes('$')) || (step.chmod !== undefined && step.chmod.includes('$'))) return true;
      for (const s of step.sources) if (typeof s === 'string' && s.includes('$')) return true;
      return false;
    }
    case 'env':
      for (const k in step.vars) if (step.vars[k]!.includes('$')) return true;
      return false;
    case 'label':
      for (const k in step.labels) if (k.includes('$') || step.labels[k]!.includes('$')) return true;
      return false;
    case 'arg':
      return step.default?.includes('$') ?? false;
    case 'workdir':
      return step.path.includes('$');
    case 'expose':
      return step.ports.some((p) => String(p).includes('$'));
    case 'volume':
      return step.paths.some((p) => p.includes('$'));
    case 'user':
      return String(step.user).includes('$') || String(step.group ?? '').includes('$');
    case 'stopsignal':
      return String(step.signal).includes('$');
    case 'run':
    case 'cmd':
    case 'entrypoint':
    case 'comment':
    case 'shell':
    case 'healthcheck':
    case 'onbuild':
    case 'maintainer':
      return false;
    default:
      return true;
  }
}

function allFields(step: Instruction): Array<{ text: string; at: PathSegment[] }> {
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
