import type { PathSegment } from '../diagnostics/diagnostic.js';
import type { Instruction, InstructionKind } from '../instructions/index.js';

/** One builder-expanded value of a step that holds a `$`, with its path below the step. */
export interface ExpandedField {
  text: string;
  at: PathSegment[];
}

/**
 * The kinds of steps whose values the builder expands (the only ones `expandedFields` reads).
 *
 * @example
 * for (const kind of expandedKinds) facts.steps(kind);
 */
export const expandedKinds: readonly InstructionKind[] = ['add', 'arg', 'copy', 'env', 'expose', 'label', 'stopsignal', 'user', 'volume', 'workdir'];

/**
 * The values of a step that the builder expands and that hold a `$`, with their paths. RUN, CMD
 * and ENTRYPOINT are left to the shell and have none.
 *
 * @example
 * expandedFields({ kind: 'workdir', path: '$APP_HOME' }); // [{ text: '$APP_HOME', at: ['path'] }]
 */
export function expandedFields(step: Instruction): ExpandedField[] {
  return expandedValues(step).filter((field) => field.text.includes('$'));
}

/** Every value of a step that the builder expands, with its path (numbers as text). */
function expandedValues(step: Instruction): ExpandedField[] {
  switch (step.kind) {
    case 'add':
    case 'copy': {
      const out: ExpandedField[] = step.sources.flatMap((s, i) => (typeof s === 'string' ? [{ text: s, at: ['sources', i] }] : []));
      out.push({ text: step.destination, at: ['destination'] });
      if (typeof step.chown === 'string') out.push({ text: step.chown, at: ['chown'] });
      if (step.chmod !== undefined) out.push({ text: step.chmod, at: ['chmod'] });
      return out;
    }
    case 'env': return Object.entries(step.vars).map(([k, v]) => ({ text: v, at: ['vars', k] }));
    case 'label': return Object.entries(step.labels).flatMap(([k, v]) => [{ text: k, at: ['labels', k] }, { text: v, at: ['labels', k] }]);
    case 'arg': return step.default === undefined ? [] : [{ text: step.default, at: ['default'] }];
    case 'expose': return step.ports.map((p, i) => ({ text: String(p), at: ['ports', i] }));
    case 'volume': return step.paths.map((p, i) => ({ text: p, at: ['paths', i] }));
    case 'workdir': return [{ text: step.path, at: ['path'] }];
    case 'user': return [{ text: String(step.user), at: ['user'] }, ...(step.group === undefined ? [] : [{ text: String(step.group), at: ['group'] }])];
    case 'stopsignal': return [{ text: String(step.signal), at: ['signal'] }];
    default: return [];
  }
}
