import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../synth/write-synth.js';

/**
 * What one image's build produced: the manifest (or index) digest and the references it was
 * written to — pushed ones are the names to pin (`repo@digest`).
 *
 * @example
 * const built: BuiltImage = { digest: 'sha256:ab…', names: ['127.0.0.1:5000/acme/api:1'], pushed: true };
 */
export interface BuiltImage {
  digest: string;
  names: string[];
  pushed: boolean;
}

/**
 * The per-target results in a buildx metadata file (`--metadata-file`), by target name.
 *
 * @example
 * bakeResults({ api: { 'containerimage.digest': 'sha256:ab', 'image.name': 'acme/api:1' } }, true);
 * // Map { 'api' => { digest: 'sha256:ab', names: ['acme/api:1'], pushed: true } }
 */
export function bakeResults(metadata: unknown, pushed: boolean): Map<string, BuiltImage> {
  const out = new Map<string, BuiltImage>();
  if (metadata === null || typeof metadata !== 'object') return out;
  for (const [target, value] of Object.entries(metadata as Record<string, unknown>)) {
    const entry = value as Record<string, unknown> | null;
    const digest = entry?.['containerimage.digest'];
    if (typeof digest !== 'string') continue;
    const names = typeof entry!['image.name'] === 'string' ? (entry!['image.name'] as string).split(',').filter(Boolean) : [];
    out.set(target, { digest, names, pushed });
  }
  return out;
}

/**
 * Reads a buildx metadata file, or `{}` when buildx wrote none (a failed bake writes nothing).
 *
 * @example
 * readMetadataFile('/tmp/dsl-build-1/metadata.json');
 */
export function readMetadataFile(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The build record's file name, beside the synth manifest in the output folder. */
export const buildRecordName = 'dsl-build.json';

/**
 * Records what `dsl build` built, by image name, beside the synth manifest, so Compose and
 * deploy steps can pin exactly those digests. Images this build did not touch keep their
 * earlier entries. Written through a temp file and a rename. The manifest does not list it:
 * synth never replaces or removes it.
 *
 * @example
 * writeBuildRecord('/repo/.dsl/out', new Map([['api', { digest: 'sha256:ab', names: ['acme/api:1'], pushed: true }]]));
 */
export function writeBuildRecord(outDir: string, built: ReadonlyMap<string, BuiltImage>): void {
  const file = join(outDir, buildRecordName);
  const previous = readBuildRecord(outDir);
  const images = { ...previous, ...Object.fromEntries(built) };
  const sorted = Object.fromEntries(Object.keys(images).sort().map((k) => [k, images[k]]));
  writeAtomic(file, `${JSON.stringify({ generator: 'dockerdsl', version: 1, images: sorted }, null, 2)}\n`);
}

/**
 * The images a previous `dsl build` recorded (empty when there is no readable record).
 *
 * @example
 * readBuildRecord('/repo/.dsl/out').api?.digest; // 'sha256:ab…'
 */
export function readBuildRecord(outDir: string): Record<string, BuiltImage> {
  try {
    const parsed = JSON.parse(readFileSync(join(outDir, buildRecordName), 'utf8')) as { generator?: unknown; images?: unknown };
    return parsed.generator === 'dockerdsl' && parsed.images !== null && typeof parsed.images === 'object' ? (parsed.images as Record<string, BuiltImage>) : {};
  } catch {
    return {};
  }
}
