import { hiddenSlot } from './hidden-slot.js';
import { originalPosition } from './transformed-source.js';

/**
 * Where a model object was written: a 1-based position in the user's file.
 *
 * @example
 * const where: SourceLocation = { file: 'services/api/dsl.ts', line: 14, column: 3 };
 */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  /** End of the range, where known (parsed Dockerfiles). */
  endLine?: number;
  endColumn?: number;
}

// What older copies of core in the process stored (a hidden symbol property); read, never written.
const SOURCE = Symbol.for('dockerdsl.source');
// Locations live in slots: the parser attaches one to every instruction and the builders capture
// one per step, and a slot costs a few nanoseconds where a hidden symbol property costs ~200 ns.
const parsedSource = hiddenSlot<SourceLocation | undefined>('dockerdsl.parsedSource');
const capturedSource = hiddenSlot<Capture | undefined>('dockerdsl.capturedSource');
const internalFrame = /[\\/](?:packages[\\/](?:core|presets)[\\/](?:src|dist)|packages[\\/]cli[\\/]dist|node_modules[\\/]@dockerdsl[\\/](?:core|presets|cli))[\\/]|node:internal|[\\/]node_modules[\\/](?:jiti|vitest|@vitest|tinypool)[\\/]/;

const testFile = /\.test(?:-d)?\.[cm]?[jt]s$/;

/** What `captureSource` stores: the stack, formatted only when asked. */
interface Capture {
  stack?: string;
}

/** The hidden value: a captured stack, or (other copies of core) a location, bare or wrapped. */
type Stored = Capture | SourceLocation;

// The switch lives on globalThis so that every copy of core in the process obeys it: a config
// may load its own copy (its node_modules).
const CAPTURE = Symbol.for('dockerdsl.sourceCapture');
const shared = globalThis as { [CAPTURE]?: boolean };
shared[CAPTURE] ??= process.env.DSL_SOURCE_LOCATIONS !== '0';
// How many frames a capture keeps, counted from the function that called `captureSource`. The
// deepest path in dockerdsl's own packages is a preset that finishes its runtime stage through a
// helper: factory → builder method → finishRuntime → staticBinaryRuntime → goApp → the user's call,
// six frames (source-locations.test.ts in presets checks every preset). A capture walks every
// frame up to the last one it keeps, at about 0.3–0.5 µs each (frames skipped by naming an entry
// point as captureStackTrace's second argument cost the same), and a capture is made per step.
const captureDepth = 6;

/**
 * Turns capturing of source locations on or off, for every copy of core in the process
 * (benchmarks measure both; the CLI keeps it on, and evaluates a config once). Returns the
 * previous setting.
 *
 * @example
 * const was = setSourceCapture(false);
 */
export function setSourceCapture(on: boolean): boolean {
  const was = shared[CAPTURE] !== false;
  shared[CAPTURE] = on;
  return was;
}

/**
 * Remembers where `target` was created. The stack is captured now but only formatted when a
 * diagnostic asks for it, so this stays cheap on the hot path. Returns `target`.
 *
 * @example
 * const step = captureSource({ kind: 'run', command: 'make' });
 */
export function captureSource<T extends object>(target: T): T {
  if (shared[CAPTURE] === false || Object.isFrozen(target)) return target;
  const capture: Capture = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = captureDepth;
  Error.captureStackTrace(capture, captureSource);
  Error.stackTraceLimit = limit;
  return capturedSource.set(target, capture);
}

/**
 * Copies a remembered location from one object to another (for builders that copy objects).
 *
 * @example
 * inheritSource(copy, original);
 */
export function inheritSource<T extends object>(target: T, from: object): T {
  const parsed = parsedSource.get(from);
  if (parsed) return attachSource(target, parsed);
  const capture = capturedSource.get(from);
  if (capture && !Object.isFrozen(target)) {
    capturedSource.set(target, capture);
    // The inherited location replaces one attached before.
    if (parsedSource.get(target)) parsedSource.set(target, undefined);
  }
  return target;
}

/**
 * Records a known location (a parser uses this for Dockerfile line and column). Returns `target`.
 *
 * @example
 * attachSource(step, { file: 'Dockerfile', line: 3, column: 1 });
 */
export function attachSource<T extends object>(target: T, location: SourceLocation): T {
  if (Object.isFrozen(target)) return target;
  return parsedSource.set(target, location);
}

/**
 * Where `target` was created, as the first stack frame outside dockerdsl's own packages.
 *
 * @example
 * sourceOf(step); // { file: '/repo/dsl.config.ts', line: 12, column: 5 }
 */
export function sourceOf(target: unknown): SourceLocation | undefined {
  const found = locate(target);
  if (found === undefined || !('frame' in found)) return found;
  const { file, line, column } = found.frame;
  // A loader that transformed the file (TypeScript) moved columns: map back to the user's text.
  return { file, ...originalPosition(file, line, column) };
}

/**
 * The file `target` was created in: `sourceOf(target)?.file` without mapping a line and column
 * back through a transformed file (which may mean transforming it again).
 *
 * @example
 * sourceFileOf(image); // '/repo/services/api/dsl.ts'
 */
export function sourceFileOf(target: unknown): string | undefined {
  const found = locate(target);
  return found === undefined ? undefined : 'frame' in found ? found.frame.file : found.file;
}

/** A location known as such, or the user's stack frame as the runtime reported it. */
function locate(target: unknown): SourceLocation | { frame: SourceLocation } | undefined {
  if (target === null || typeof target !== 'object') return undefined;
  const parsed = parsedSource.get(target);
  if (parsed) return parsed;
  const stored = capturedSource.get(target) ?? (target as Record<symbol, Stored | undefined>)[SOURCE];
  if (stored === undefined) return undefined;
  if ('line' in stored) return stored;
  // Another copy of core in the process (an older version) may have stored `{ location }`.
  const wrapped = (stored as { location?: SourceLocation }).location;
  if (wrapped) return wrapped;
  const stack = stored.stack;
  if (!stack) return undefined;
  for (const line of stack.split('\n').slice(1)) {
    const match = /\(?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?\s*$/.exec(line);
    if (!match || (internalFrame.test(line) && !testFile.test(match[1]!))) continue;
    const file = match[1]!.startsWith('file://') ? decodeURIComponent(new URL(match[1]!).pathname) : match[1]!;
    return { frame: { file, line: Number(match[2]), column: Number(match[3]) } };
  }
  return undefined;
}
