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
  // Most values hold no `$`: only those become fields (a field and its path for every value,
  // filtered afterwards, was most of the rules' allocations on a definition).
  const out: ExpandedField[] = [];
  const keep = (text: string, ...at: PathSegment[]): void => {
    if (text.includes('$')) out.push({ text, at });
  };
  switch (step.kind) {
    case 'add':
    case 'copy':
      step.sources.forEach((s, i) => typeof s === 'string' && keep(s, 'sources', i));
      keep(step.destination, 'destination');
      if (typeof step.chown === 'string') keep(step.chown, 'chown');
      if (step.chmod !== undefined) keep(step.chmod, 'chmod');
      break;
    case 'env':
      for (const [k, v] of Object.entries(step.vars)) keep(v, 'vars', k);
      break;
    case 'label':
      for (const [k, v] of Object.entries(step.labels)) {
        keep(k, 'labels', k);
        keep(v, 'labels', k);
      }
      break;
    case 'arg':
      if (step.default !== undefined) keep(step.default, 'default');
      break;
    case 'expose':
      step.ports.forEach((p, i) => keep(String(p), 'ports', i));
      break;
    case 'volume':
      step.paths.forEach((p, i) => keep(p, 'paths', i));
      break;
    case 'workdir':
      keep(step.path, 'path');
      break;
    case 'user':
      keep(String(step.user), 'user');
      if (step.group !== undefined) keep(String(step.group), 'group');
      break;
    case 'stopsignal':
      keep(String(step.signal), 'signal');
      break;
    default:
  }
  return out;
}
