import { buildContext, contextDeclaration } from '../build-inputs/build-context.js';
import type { PathSegment } from '../diagnostics/diagnostic.js';
import type { Image } from '../image/image.js';
import type { CopySource } from '../model/references.js';
import { inheritSource } from '../model/source-location.js';
import type { Stage } from '../image/stage.js';

/**
 * Where an image reference is written: a stage's FROM (with its `--platform`, if any), a
 * `COPY --from`, a mount's `from`, a named build context that is an image
 * (`inputs.contexts[i].image`, written to bake as `docker-image://…`), or a Compose service's
 * `image:` (with its `platform`).
 *
 * @example
 * const site: ReferenceSite = { kind: 'from', path: ['images', 'api', 'stages', 'build', 'from'], node: stage };
 */
export interface ReferenceSite {
  kind: 'from' | 'copy' | 'mount' | 'context' | 'service';
  path: PathSegment[];
  /** The model object holding the reference (for its source location). */
  node: object;
  /** A platform fixed where the reference is written (`FROM --platform=…`, a service's `platform`). */
  platform?: string;
}

/**
 * Called for each reference; returns the text to write instead (or the same text).
 *
 * @example
 * const pin: ReferenceVisitor = (ref) => (ref === 'node:22' ? 'node:22@sha256:…' : ref);
 */
export type ReferenceVisitor = (ref: string, site: ReferenceSite) => string;

/**
 * Calls `visit` for every image reference of an image — FROM, `COPY --from` and mount `from`
 * values that do not name a stage of the image, `{ image }` sources, and named contexts declared
 * with an `image` source — and returns the image
 * with each reference replaced by what `visit` returned. Objects that did not change are kept
 * (so is the whole image when nothing changed); changed ones keep their source location.
 * Anything that does not look like an image is returned as it is (validation reports it later).
 *
 * @example
 * mapImageReferences(api, ['images', 'api'], (ref) => `${ref}@sha256:…`);
 */
export function mapImageReferences<T>(image: T, path: PathSegment[], visit: ReferenceVisitor): T {
  const stages = (image as Partial<Image> | null)?.stages;
  if (!Array.isArray(stages)) return image;
  const stageNames = new Set(stages.flatMap((s: Partial<Stage> | null) => (typeof s?.name === 'string' ? [s.name] : [])));
  const source = (from: CopySource | undefined, site: ReferenceSite): CopySource | undefined => {
    if (typeof from === 'string') return stageNames.has(from) ? from : visit(from, site);
    if (from !== null && typeof from === 'object' && 'image' in from && typeof from.image === 'string') {
      const ref = visit(from.image, site);
      return ref === from.image ? from : inheritSource({ ...from, image: ref }, from);
    }
    // A `buildContext(name, { image })` handle: its declaration travels with the reference.
    const declared = contextDeclaration(from);
    if (declared?.image !== undefined) {
      const ref = visit(declared.image, { ...site, kind: 'context' });
      return ref === declared.image ? from : buildContext(declared.name, { image: ref });
    }
    return from;
  };
  let changed = false;
  const next = stages.map((stage: Stage | null, index: number) => {
    if (stage === null || typeof stage !== 'object') return stage;
    const at = [...path, 'stages', typeof stage.name === 'string' ? stage.name : index];
    const from = typeof stage.from === 'string' && !stageNames.has(stage.from) && stage.from !== 'scratch' ? visit(stage.from, { kind: 'from', path: [...at, 'from'], node: stage, ...(typeof stage.platform === 'string' ? { platform: stage.platform } : {}) }) : stage.from;
    const steps = Array.isArray(stage.steps) ? stage.steps.map((step, i) => mapStep(step, [...at, 'steps', i], source)) : stage.steps;
    if (from === stage.from && (steps === stage.steps || steps.every((s, i) => s === stage.steps[i]))) return stage;
    changed = true;
    return inheritSource({ ...stage, from, steps }, stage);
  });
  const inputs = mapContexts((image as { inputs?: unknown }).inputs, path, visit);
  if (!changed && inputs === (image as { inputs?: unknown }).inputs) return image;
  return inheritSource({ ...(image as object), stages: next, ...(inputs !== undefined ? { inputs } : {}) }, image as object) as T;
}

/** Named contexts declared in `inputs.contexts` whose source is an image. */
function mapContexts(inputs: unknown, path: PathSegment[], visit: ReferenceVisitor): unknown {
  const contexts = (inputs as { contexts?: unknown } | null | undefined)?.contexts;
  if (!Array.isArray(contexts)) return inputs;
  let changed = false;
  const next = contexts.map((c: { image?: unknown } | null, i: number) => {
    if (c === null || typeof c !== 'object' || typeof c.image !== 'string') return c;
    const ref = visit(c.image, { kind: 'context', path: [...path, 'inputs', 'contexts', i, 'image'], node: c });
    if (ref === c.image) return c;
    changed = true;
    return inheritSource({ ...c, image: ref }, c);
  });
  return changed ? inheritSource({ ...(inputs as object), contexts: next }, inputs as object) : inputs;
}

type SourceMapper = (from: CopySource | undefined, site: ReferenceSite) => CopySource | undefined;

function mapStep<S>(step: S, path: PathSegment[], source: SourceMapper): S {
  const s = step as { kind?: unknown; from?: CopySource; mounts?: unknown } | null;
  if (s === null || typeof s !== 'object') return step;
  if (s.kind === 'copy' && s.from !== undefined) {
    const from = source(s.from, { kind: 'copy', path: [...path, 'from'], node: s });
    return from === s.from ? step : (inheritSource({ ...s, from }, s) as S);
  }
  if (s.kind === 'run' && Array.isArray(s.mounts)) {
    let changed = false;
    const mounts = s.mounts.map((m: { from?: CopySource } | null, i: number) => {
      if (m === null || typeof m !== 'object' || m.from === undefined) return m;
      const from = source(m.from, { kind: 'mount', path: [...path, 'mounts', i, 'from'], node: s });
      if (from === m.from) return m;
      changed = true;
      return inheritSource({ ...m, from }, m);
    });
    return changed ? (inheritSource({ ...s, mounts }, s) as S) : step;
  }
  return step;
}
