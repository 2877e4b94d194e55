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

// The result for the (many) steps with no `$` in an expanded value; frozen, shared.
const none: ExpandedField[] = Object.freeze([]) as unknown as ExpandedField[];

/**
 * The values of a step that the builder expands and that hold a `$`, with their paths. RUN, CMD
 * and ENTRYPOINT are left to the shell and have none. One pass over the step's values: fields
 * without a `$` cost a string search and no allocation.
 *
 * @example
 * expandedFields({ kind: 'workdir', path: '$APP_HOME' }); // [{ text: '$APP_HOME', at: ['path'] }]
 */
export function expandedFields(step: Instruction): ExpandedField[] {
  let out: ExpandedField[] | undefined;
  switch (step.kind) {
    case 'add':
    case 'copy': {
      const sources = step.sources;
      for (let i = 0; i < sources.length; i++) {
        const s = sources[i];
        if (typeof s === 'string' && s.includes('$')) out = add(out, s, ['sources', i]);
      }
      if (step.destination.includes('$')) out = add(out, step.destination, ['destination']);
      if (typeof step.chown === 'string' && step.chown.includes('$')) out = add(out, step.chown, ['chown']);
      if (step.chmod !== undefined && step.chmod.includes('$')) out = add(out, step.chmod, ['chmod']);
      break;
    }
    case 'env': {
      const vars = step.vars;
      for (const k in vars) if (vars[k]!.includes('$')) out = add(out, vars[k]!, ['vars', k]);
      break;
    }
    case 'label': {
      const labels = step.labels;
      for (const k in labels) {
        if (k.includes('$')) out = add(out, k, ['labels', k]);
        if (labels[k]!.includes('$')) out = add(out, labels[k]!, ['labels', k]);
      }
      break;
    }
    case 'arg':
      if (step.default !== undefined && step.default.includes('$')) out = add(out, step.default, ['default']);
      break;
    case 'expose':
      for (let i = 0; i < step.ports.length; i++) {
        const port = step.ports[i];
        if (typeof port === 'string' && port.includes('$')) out = add(out, port, ['ports', i]);
      }
      break;
    case 'volume':
      for (let i = 0; i < step.paths.length; i++) if (step.paths[i]!.includes('$')) out = add(out, step.paths[i]!, ['paths', i]);
      break;
    case 'workdir':
      if (step.path.includes('$')) out = add(out, step.path, ['path']);
      break;
    // Numbers (a uid, a port, a signal number) hold no `$`: only strings are searched.
    case 'user':
      if (typeof step.user === 'string' && step.user.includes('$')) out = add(out, step.user, ['user']);
      if (typeof step.group === 'string' && step.group.includes('$')) out = add(out, step.group, ['group']);
      break;
    case 'stopsignal':
      if (typeof step.signal === 'string' && step.signal.includes('$')) out = add(out, step.signal, ['signal']);
      break;
    default:
      break;
  }
  return out ?? none;
}

/** Appends a field, making the list on the first one. */
function add(out: ExpandedField[] | undefined, text: string, at: PathSegment[]): ExpandedField[] {
  (out ??= []).push({ text, at });
  return out;
}
