/** A unit of work with the names of the units it waits for. */
export interface Job {
  name: string;
  dependsOn: readonly string[];
}

/** How a job ended. */
export type JobOutcome = 'done' | 'failed' | 'skipped';

/**
 * Runs jobs in dependency order, at most `concurrency` at once; a job starts as soon as all it
 * waits for are done. When a job fails, the jobs that depend on it are skipped and the others
 * carry on; when `signal` aborts, nothing new starts and the running jobs finish (they watch the
 * same signal). Resolves to each job's outcome.
 *
 * @example
 * await schedule([{ name: 'base', dependsOn: [] }, { name: 'app', dependsOn: ['base'] }], 2, async (job) => build(job.name));
 */
export async function schedule<J extends Job>(jobs: readonly J[], concurrency: number, run: (job: J) => Promise<boolean>, signal?: AbortSignal, onSkip?: (job: J) => void): Promise<Map<string, JobOutcome>> {
  const outcome = new Map<string, JobOutcome>();
  const waiting = [...jobs];
  const running = new Set<Promise<void>>();
  const settle = (): void => {
    for (let i = 0; i < waiting.length; i++) {
      const job = waiting[i]!;
      if (job.dependsOn.some((d) => outcome.get(d) === 'failed' || outcome.get(d) === 'skipped') || signal?.aborted) {
        outcome.set(job.name, 'skipped');
        onSkip?.(job);
        waiting.splice(i, 1);
        i = -1; // a skip can unblock more skips: rescan
      }
    }
  };
  for (;;) {
    settle();
    while (running.size < concurrency) {
      const index = waiting.findIndex((job) => job.dependsOn.every((d) => outcome.get(d) === 'done' || !jobs.some((j) => j.name === d)));
      if (index === -1) break;
      const job = waiting.splice(index, 1)[0]!;
      const task: Promise<void> = run(job)
        .catch(() => false)
        .then((ok) => {
          outcome.set(job.name, ok ? 'done' : 'failed');
          running.delete(task);
        });
      running.add(task);
    }
    if (running.size === 0) break;
    await Promise.race(running);
  }
  for (const job of waiting) outcome.set(job.name, 'skipped');
  return outcome;
}
