import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPlainName, manifestName } from '@dockerdsl/core/tooling';

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
