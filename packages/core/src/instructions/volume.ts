import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { instructionBase, notTrimmed, singleLine } from '../model/primitives.js';
import { jsonArray, pathWord } from '../print/quote.js';
import type { PrintContext } from '../print/print-context.js';

/**
 * `VOLUME`: mount points for data that outlives the container.
 *
 * @example
 * const v: VolumeInstruction = { kind: 'volume', paths: ['/data'] };
 */
export interface VolumeInstruction {
  kind: 'volume';
  paths: [string, ...string[]];
  comment?: string;
}

/**
 * Schema of VOLUME.
 *
 * @example
 * volumeSchema.parse(volume('/data'));
 */
export const volumeSchema = z.strictObject({
  kind: z.literal('volume'),
  paths: z.array(singleLine('a VOLUME path').pipe(z.string().min(1, { error: 'VOLUME specified can not be an empty string' }).refine(...notTrimmed('a VOLUME path')))).min(1, { error: 'VOLUME needs at least one path' }),
  ...instructionBase,
});

/**
 * Declares volumes.
 *
 * @example
 * volume('/var/lib/postgresql/data');
 */
export function volume(paths: string | readonly string[], options: { comment?: string } = {}): VolumeInstruction {
  const list = (Array.isArray(paths) ? [...paths] : [paths]) as VolumeInstruction['paths'];
  return captureSource({ kind: 'volume', paths: list, ...options });
}

/** Prints VOLUME in JSON form. */
export function printVolume(i: VolumeInstruction, ctx: PrintContext = { escape: '\\' }): string {
  return `VOLUME ${jsonArray(i.paths.map((p) => pathWord(p, ctx)))}`;
}
