import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { instructionBase, noLeadingDashes, noTrailingEscape, notTrimmed, singleLine } from '../model/primitives.js';

/**
 * `MAINTAINER name` — deprecated; kept so existing Dockerfiles import faithfully. Prefer the
 * `org.opencontainers.image.authors` label.
 *
 * @example
 * const m: MaintainerInstruction = { kind: 'maintainer', name: 'ops@example.com' };
 */
export interface MaintainerInstruction {
  kind: 'maintainer';
  name: string;
  comment?: string;
}

/**
 * Schema of MAINTAINER.
 *
 * @example
 * maintainerSchema.parse(maintainer('ops@example.com'));
 */
export const maintainerSchema = z.strictObject({
  kind: z.literal('maintainer'),
  name: singleLine('MAINTAINER').pipe(z.string().min(1, { error: 'MAINTAINER needs a name' }).refine(...noTrailingEscape('MAINTAINER')).refine(...noLeadingDashes('MAINTAINER')).refine(...notTrimmed('MAINTAINER'))),
  ...instructionBase,
});

/**
 * Sets the deprecated MAINTAINER field.
 *
 * @example
 * maintainer('ops@example.com');
 */
export function maintainer(name: string): MaintainerInstruction {
  return captureSource({ kind: 'maintainer', name });
}

/** Prints MAINTAINER (the rest of the line is the name, as Docker reads it). */
export function printMaintainer(i: MaintainerInstruction): string {
  return `MAINTAINER ${i.name}`;
}
