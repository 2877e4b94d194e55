import { z } from 'zod';
import { singleLine } from '../model/primitives.js';

/**
 * Supply-chain metadata an image is built with: SBOM and provenance attestations, and OCI
 * annotations on its manifest (or index, with an `index:` style prefix in the key).
 *
 * @example
 * const s: SupplyChain = { sbom: true, provenance: 'max', annotations: { 'org.opencontainers.image.source': 'https://github.com/acme/api' } };
 */
export interface SupplyChain {
  /** Attach an SBOM attestation (BuildKit's default scanner). */
  sbom?: boolean;
  /** Provenance attestation: `min`, `max`, or `false` for none. */
  provenance?: 'min' | 'max' | false;
  /** OCI annotations; a key may carry a level prefix such as `index:` or `manifest:`. */
  annotations?: Record<string, string>;
}

/**
 * Schema of supply-chain settings.
 *
 * @example
 * supplyChainSchema.parse({ sbom: true, provenance: 'max' });
 */
export const supplyChainSchema = z.strictObject({
  sbom: z.boolean().optional(),
  provenance: z.union([z.enum(['min', 'max']), z.literal(false)]).optional(),
  annotations: z.record(z.string().regex(/^(?:(?:manifest|index|manifest-descriptor|index-descriptor)(?:\[[^\]]+\])?:)?[A-Za-z0-9][A-Za-z0-9._/-]*$/, { error: 'an annotation key is a name such as org.opencontainers.image.source, optionally prefixed with a level such as index:' }), singleLine('an annotation value')).optional(),
});
