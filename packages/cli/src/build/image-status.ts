import type { BuildLogState } from './buildkit-log.js';

/** Where one image's build stands. */
export interface ImageStatus {
  name: string;
  phase: 'queued' | 'building' | 'done' | 'failed' | 'skipped' | 'cancelled' | 'unchanged';
  log: BuildLogState;
  /** Milliseconds, once finished. */
  ms?: number;
  startedAt?: number;
  /** Instructions (not FROM) the image's build runs, over all its stages: numbers steps per image. */
  totalSteps?: number;
}

/**
 * One line of status for an image: `queued`, `building step 5/9 RUN make` (steps counted over
 * the whole image when its total is known, else BuildKit's per-stage `n/m`), `done in 12.3 s`,
 * `cached in 0.4 s` (every step from the cache), `failed at [2/4] RUN make`, `skipped`,
 * `skipped (unchanged)` (its input digest matches the image already there). The step's text is
 * cut to `stepWidth` characters (a terminal gives what its width leaves).
 *
 * @example
 * statusText({ name: 'api', phase: 'done', ms: 12300, log }); // 'done in 12.3 s'
 */
export function statusText(s: ImageStatus, now = Date.now(), stepWidth = 48): string {
  switch (s.phase) {
    case 'queued':
      return 'queued';
    case 'building': {
      const position = s.totalSteps ? `${Math.min(s.log.steps, s.totalSteps)}/${s.totalSteps}` : s.log.position;
      const step = s.log.position ? `step ${position} ${stepText(s.log.current, stepWidth)}` : 'starting';
      return `building ${step} (${seconds(now - (s.startedAt ?? now))})`;
    }
    case 'done':
      return `${s.log.steps > 0 && s.log.cached === s.log.steps ? 'cached' : 'done'} in ${seconds(s.ms ?? 0)}`;
    case 'failed':
      return `failed${s.log.failedStep ? ` at ${s.log.failedStep}` : ''}`;
    case 'cancelled':
      return 'cancelled';
    case 'skipped':
      return 'skipped (a dependency did not build)';
    case 'unchanged':
      return 'skipped (unchanged)';
  }
}

/**
 * A duration as `12.3 s`.
 *
 * @example
 * seconds(12345); // '12.3 s'
 */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function stepText(current: string | undefined, width: number): string {
  const text = (current ?? '').replace(/^\[[^\]]*\]\s*/, '');
  return text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text;
}
