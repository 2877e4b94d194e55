import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PushedImage } from '@dockerdsl/core/tooling';

/** The build record `dsl build` writes beside the synth manifest (`buildRecordName`). */
const recordFile = 'dsl-build.json';

/**
 * The images the last `dsl build --push` pushed, by image name, from the build record in the
 * output folder. Entries without a registry push (images loaded into the local store have no
 * registry digest to pin) and malformed entries are left out; no readable record gives `{}`.
 *
 * @example
 * readPushedImages('/repo/.dsl/out').api?.digest; // 'sha256:ab…'
 */
export function readPushedImages(outDir: string): Record<string, PushedImage> {
  let images: unknown;
  try {
    const parsed = JSON.parse(readFileSync(join(outDir, recordFile), 'utf8')) as { generator?: unknown; images?: unknown };
    if (parsed.generator !== 'dockerdsl') return {};
    images = parsed.images;
  } catch {
    return {};
  }
  if (images === null || typeof images !== 'object') return {};
  const out: Record<string, PushedImage> = {};
  for (const [name, entry] of Object.entries(images as Record<string, unknown>)) {
    const e = entry as Partial<PushedImage> | null;
    if (!e || e.pushed !== true || typeof e.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(e.digest) || !Array.isArray(e.names)) continue;
    out[name] = { digest: e.digest, names: e.names.filter((n): n is string => typeof n === 'string'), pushed: true };
  }
  return out;
}
