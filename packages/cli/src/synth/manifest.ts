import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The manifest's file name inside the output folder. */
export const manifestName = 'dsl-manifest.json';

/**
 * The manifest text: the files synth wrote, so the next run knows which files are its own to
 * replace or remove. No timestamps: the same config gives the same bytes.
 *
 * @example
 * manifestText(['api.Dockerfile', 'docker-bake.json']);
 */
export function manifestText(files: readonly string[]): string {
  return `${JSON.stringify({ generator: 'dockerdsl', version: 1, files: [...files, manifestName].sort() }, null, 2)}\n`;
}

/**
 * The files the previous synth wrote into `outDir` (empty when there is no readable manifest).
 *
 * @example
 * readManifest('/repo/.dsl/out'); // ['api.Dockerfile', 'docker-bake.json', 'dsl-manifest.json']
 */
export function readManifest(outDir: string): string[] {
  try {
    const parsed = JSON.parse(readFileSync(join(outDir, manifestName), 'utf8')) as { generator?: unknown; files?: unknown };
    if (parsed.generator !== 'dockerdsl' || !Array.isArray(parsed.files)) return [];
    // Only plain names inside the folder: a tampered manifest must not delete files elsewhere.
    return parsed.files.filter((f): f is string => typeof f === 'string' && /^[^/\\]+$/.test(f) && f !== '..' && f !== '.');
  } catch {
    return [];
  }
}
