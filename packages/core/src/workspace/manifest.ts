import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../model/source-location.js';
import { workspaceCodes } from './workspace-codes.js';

/**
 * The fields of a `package.json` the workspace model reads (the rest is kept as it is).
 *
 * @example
 * const m: PackageManifest = { name: '@acme/api', dependencies: { '@acme/shared': 'workspace:*' } };
 */
export interface PackageManifest {
  name?: string;
  version?: string;
  private?: boolean;
  packageManager?: string;
  workspaces?: unknown;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [field: string]: unknown;
}

/**
 * A manifest with the file it came from and its text (to place diagnostics on its lines).
 *
 * @example
 * const m: ManifestFile = readManifest('/repo/package.json').manifest!;
 */
export interface ManifestFile {
  /** Absolute path. */
  file: string;
  text: string;
  manifest: PackageManifest;
}

/**
 * Reads and parses a `package.json`; a file that does not parse or is not an object is a
 * DSL7002 diagnostic at the offending line, a missing file yields neither.
 *
 * @example
 * const { manifest, diagnostic } = readManifest('/repo/apps/api/package.json');
 */
export function readManifest(file: string): { manifest?: ManifestFile; diagnostic?: Diagnostic } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { diagnostic: manifestSyntax(file, 'is not a JSON object', { file, line: 1, column: 1 }) };
    }
    return { manifest: { file, text, manifest: value as PackageManifest } };
  } catch (error) {
    return { diagnostic: manifestSyntax(file, `does not parse: ${(error as Error).message}`, jsonErrorLocation(file, text, error)) };
  }
}

/**
 * Where a key path (`['dependencies', '@acme/shared']`) is written in a JSON or YAML file, for
 * diagnostics; the start of the file when the path is not there. Parsed only when asked.
 *
 * @example
 * locateKey('/repo/apps/api/package.json', text, ['dependencies', '@acme/shared']); // { file, line: 6, column: 5 }
 */
export function locateKey(file: string, text: string, path: readonly (string | number)[]): SourceLocation {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  let node: Node | null | undefined = doc.contents;
  let offset = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === segment);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  const { line, col } = lines.linePos(offset);
  return { file, line, column: col };
}

function manifestSyntax(file: string, what: string, source: SourceLocation): Diagnostic {
  return { code: 'DSL7002', rule: workspaceCodes.DSL7002.rule, severity: 'error', message: `${file} ${what}`, path: ['workspace', 'manifests', file], source };
}

function jsonErrorLocation(file: string, text: string, error: unknown): SourceLocation {
  const message = (error as Error).message;
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { file, line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return { file, line: 1, column: 1 };
  const before = text.slice(0, Number(position[1])).split('\n');
  return { file, line: before.length, column: before.at(-1)!.length + 1 };
}
