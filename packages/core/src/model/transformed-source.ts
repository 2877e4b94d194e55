import { SourceMap } from 'node:module';

/**
 * The code a loader actually ran for a file (with its inline source map) and how many characters
 * of wrapper the loader put before its first line.
 *
 * @example
 * const ran: TransformedSource = { code: 'var _core = …\n//# sourceMappingURL=data:…', firstLineOffset: 95 };
 */
export interface TransformedSource {
  /** The transformed code, ending in a `//# sourceMappingURL=data:…;base64,…` comment. */
  code: string;
  /** Characters of wrapper before the code's first line when it ran (`(function (…) { `). */
  firstLineOffset: number;
}

/**
 * Finds what a loader ran for `file`, or `undefined` when the file ran as written.
 *
 * @example
 * const lookup: TransformedSourceLookup = (file) => (file.endsWith('.ts') ? { code: transform(file), firstLineOffset: 0 } : undefined);
 */
export type TransformedSourceLookup = (file: string) => TransformedSource | undefined;

interface Mapping {
  map: SourceMap;
  firstLineOffset: number;
  lines: string[];
}

// On globalThis, like the capture switch: every copy of core in the process maps stack frames of
// the config the CLI loaded, whichever copy captured them.
const LOOKUP = Symbol.for('dockerdsl.transformedSourceLookup');
const shared = globalThis as { [LOOKUP]?: { lookup: TransformedSourceLookup; maps: Map<string, Mapping | null> } };
const inlineMap = /\/\/# sourceMappingURL=data:application\/json;(?:charset=[^;,]+;)?base64,([A-Za-z0-9+/=]+)/;

/**
 * Tells every copy of core in the process how to find the code a loader ran for a TypeScript
 * file, so source locations taken from stack traces (which count columns in the transformed
 * code) point at the user's own line and column. `undefined` stops mapping. Returns the previous
 * lookup.
 *
 * @param lookup - returns the transformed code of a file and the wrapper length of its first line
 * @example
 * setTransformedSourceLookup((file) => ({ code: jiti.transform({ source: readFileSync(file, 'utf8'), filename: file, ts: true }), firstLineOffset: 0 }));
 */
export function setTransformedSourceLookup(lookup: TransformedSourceLookup | undefined): TransformedSourceLookup | undefined {
  const was = shared[LOOKUP]?.lookup;
  if (lookup) shared[LOOKUP] = { lookup, maps: new Map() };
  else delete shared[LOOKUP];
  return was;
}

/**
 * The position in the original file of a 1-based `line`/`column` of a stack frame in `file`,
 * or the position unchanged when the file ran untransformed (or has no usable source map).
 *
 * @param file - the frame's file
 * @param line - the frame's 1-based line in the code that ran
 * @param column - the frame's 1-based column in the code that ran
 * @example
 * originalPosition('/repo/dsl.config.ts', 4, 70); // { line: 4, column: 60 }
 */
export function originalPosition(file: string, line: number, column: number): { line: number; column: number } {
  const state = shared[LOOKUP];
  if (!state) return { line, column };
  let mapping = state.maps.get(file);
  if (mapping === undefined) {
    mapping = readMapping(state.lookup, file);
    state.maps.set(file, mapping);
  }
  if (!mapping) return { line, column };
  let generatedColumn = Math.max(0, column - 1 - (line === 1 ? mapping.firstLineOffset : 0));
  // An imported function runs as `(0, _core.stage)(…)` and its frame points at the `(` of the
  // arguments; the callee's own name, just before `)`, maps to where the user wrote `stage`.
  const text = mapping.lines[line - 1] ?? '';
  if (text[generatedColumn] === '(' && text[generatedColumn - 1] === ')') generatedColumn -= 2;
  const entry = mapping.map.findEntry(line - 1, generatedColumn) as { originalLine?: number; originalColumn?: number };
  if (entry.originalLine === undefined || entry.originalColumn === undefined) return { line, column };
  return { line: entry.originalLine + 1, column: entry.originalColumn + 1 };
}

function readMapping(lookup: TransformedSourceLookup, file: string): Mapping | null {
  try {
    const ran = lookup(file);
    const payload = ran && inlineMap.exec(ran.code)?.[1];
    if (!ran || !payload) return null;
    const map = new SourceMap(JSON.parse(Buffer.from(payload, 'base64').toString('utf8')));
    return { map, firstLineOffset: ran.firstLineOffset, lines: ran.code.split('\n') };
  } catch {
    // A file that no longer reads or transforms keeps the position the stack gave.
    return null;
  }
}
