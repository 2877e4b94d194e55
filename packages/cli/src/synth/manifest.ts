import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The manifest's file name inside the output folder. */
export const manifestName = 'dsl-manifest.json';

/**
 * The SHA-256 of a file's content, as the manifest records it.
 *
 * @example
 * contentHash('FROM scratch\n'); // 'sha256:…'
 */
export function contentHash(content: string | Buffer): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

/**
 * The manifest text: each file synth wrote with the hash of what it wrote, so the next run
 * replaces or removes a file only while it still holds those bytes. No timestamps: the same
 * config gives the same bytes. `config` is the config file relative to the output folder: a
 * project never takes over files another project's synth wrote into the same folder.
 *
 * @example
 * manifestText([{ path: 'api.Dockerfile', content: 'FROM scratch\n' }], '../../dsl.config.ts');
 */
export function manifestText(files: readonly { path: string; content: string }[], config: string): string {
  const hashes = Object.fromEntries([...files].filter((f) => f.path !== manifestName).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => [f.path, contentHash(f.content)]));
  return `${JSON.stringify({ generator: 'dockerdsl', version: 2, config, files: hashes }, null, 2)}\n`;
}

/**
 * The manifest of a run in progress: every file it may leave behind, with each content it may
 * hold (the previous run's and this run's), written before the first file so an interrupted run
 * (`kill -9`) still says which files are synth's own.
 *
 * @example
 * pendingManifestText(new Map([['api.Dockerfile', new Set(['sha256:…'])]]), '../dsl.config.ts');
 */
export function pendingManifestText(owned: ReadonlyMap<string, ReadonlySet<string>>, config: string): string {
  const files = Object.fromEntries([...owned.keys()].sort().map((path) => [path, [...owned.get(path)!].sort()]));
  return `${JSON.stringify({ generator: 'dockerdsl', version: 2, state: 'pending', config, files }, null, 2)}\n`;
}

/**
 * What the previous run's manifest says synth owns: per file, the hashes of the contents synth
 * wrote there. A version 1 manifest (names only, no hashes) lists its files in `unhashed`: synth
 * may replace those it plans again, but never removes them, since nothing proves the bytes are
 * its own. `found` is false when there is no readable manifest.
 *
 * @example
 * const { owned, unhashed } = readManifest('/repo/.dsl/out');
 */
export interface PreviousManifest {
  found: boolean;
  /** The config that wrote it, relative to the output folder (version 2). */
  config?: string;
  owned: Map<string, Set<string>>;
  unhashed: Set<string>;
}

/**
 * Reads the manifest in `outDir`. Only plain names inside the folder count: a tampered manifest
 * cannot reach files elsewhere, and a listed file counts as synth's only while its hash matches.
 *
 * @example
 * readManifest('/repo/.dsl/out').owned.get('api.Dockerfile'); // Set { 'sha256:…' }
 */
export function readManifest(outDir: string): PreviousManifest {
  const result: PreviousManifest = { found: false, owned: new Map(), unhashed: new Set() };
  let parsed: { generator?: unknown; version?: unknown; files?: unknown };
  try {
    parsed = JSON.parse(readFileSync(join(outDir, manifestName), 'utf8')) as typeof parsed;
  } catch {
    return result;
  }
  if (parsed === null || typeof parsed !== 'object' || parsed.generator !== 'dockerdsl') return result;
  result.found = true;
  if (typeof (parsed as { config?: unknown }).config === 'string') result.config = (parsed as { config: string }).config;
  if (Array.isArray(parsed.files)) {
    for (const f of parsed.files) if (isPlainName(f) && f !== manifestName) result.unhashed.add(f);
  } else if (parsed.files !== null && typeof parsed.files === 'object') {
    for (const [name, value] of Object.entries(parsed.files as Record<string, unknown>)) {
      if (!isPlainName(name) || name === manifestName) continue;
      const hashes = (Array.isArray(value) ? value : [value]).filter((h): h is string => typeof h === 'string' && /^sha256:[0-9a-f]{64}$/.test(h));
      if (hashes.length > 0) result.owned.set(name, new Set(hashes));
    }
  }
  return result;
}

/**
 * True for a name synth may write in its output folder: one path segment, not `.` or `..`,
 * not empty, no NUL.
 *
 * @example
 * isPlainName('api.Dockerfile'); // true
 * isPlainName('../x.yaml'); // false
 */
export function isPlainName(name: unknown): name is string {
  return typeof name === 'string' && /^[^/\\\0]+$/.test(name) && name !== '.' && name !== '..';
}
