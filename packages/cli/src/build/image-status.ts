import type { BuildLogState } from './buildkit-log.js';

/** Where one image's build stands. */
export interface ImageStatus {
  name: string;
  phase: 'queued' | 'building' | 'done' | 'failed' | 'skipped' | 'cancelled' | 'unchanged';
  log: BuildLogState;
  /** Milliseconds, once finished. */
  ms?: number;
  startedAt?: number;
}

/**
 * One line of status for an image: `queued`, `building step 2/4 RUN make`, `done in 12.3 s`,
 * `cached in 0.4 s` (every step from the cache), `failed at [2/4] RUN make`, `skipped`,
 * `skipped (unchanged)` (its input digest matches the image already there).
 *
 * @example
 * statusText({ name: 'api', phase: 'done', ms: 12300, log }); // 'done in 12.3 s'
 */
export function statusText(s: ImageStatus, now = Date.now()): string {
  switch (s.phase) {
    case 'queued':
      return 'queued';
    case 'building': {
      const step = s.log.position ? `step ${s.log.position} ${stepText(s.log.current)}` : 'starting';
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

function stepText(current: string | undefined): string {
  const text = (current ?? '').replace(/^\[[^\]]*\]\s*/, '');
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}
