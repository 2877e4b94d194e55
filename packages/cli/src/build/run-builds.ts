import { imageSize, runDocker } from '../docker/docker.js';
import type { BakeImage } from '../synth/bake-file.js';
import { imageTags } from '../synth/image-deps.js';
import { BuildLog } from './buildkit-log.js';
import { dockerBuildArgs, pushArgs, type BuildFlags } from './docker-args.js';
import type { ImageStatus } from './image-status.js';
import type { ProgressReporter } from './progress.js';
import { schedule } from './schedule.js';
import type { SummaryRow } from './summary-table.js';

/** Everything one `dsl build` run needs. */
export interface BuildRun {
  images: readonly BakeImage[];
  root: string;
  flags: BuildFlags;
  buildx: boolean;
  concurrency: number;
  statuses: Map<string, ImageStatus>;
  progress: ProgressReporter;
  signal?: AbortSignal;
}

/**
 * Builds the images with docker: dependencies first, independent images in parallel, each
 * build's output parsed for progress, cache hits and the failing step. A failure skips the
 * images that depend on it; the others finish. Returns one summary row per image.
 *
 * @example
 * const rows = await runBuilds({ images, root, flags: {}, buildx: true, concurrency: 2, statuses, progress });
 */
export async function runBuilds(run: BuildRun): Promise<SummaryRow[]> {
  const { statuses, progress } = run;
  const jobs = run.images.map((item) => ({ name: item.image.name, dependsOn: item.dependsOn.map((d) => d.image), item }));
  const outcomes = await schedule(
    jobs,
    run.concurrency,
    async ({ item }) => {
      const status = statuses.get(item.image.name)!;
      const log = new BuildLog();
      status.log = log.state;
      status.phase = 'building';
      status.startedAt = Date.now();
      progress.update(status);
      let position = log.state.position;
      const onLine = (line: string): void => {
        log.push(line);
        progress.line(status, line);
        if (log.state.position !== position) {
          position = log.state.position;
          progress.update(status);
        }
      };
      let result = await runDocker(dockerBuildArgs(item, run.root, run.flags, run.buildx), onLine, run.signal);
      if (result.exitCode === 0 && run.flags.push && !run.buildx) {
        for (const args of pushArgs(item)) if (result.exitCode === 0) result = await runDocker(args, onLine, run.signal);
      }
      status.ms = Date.now() - status.startedAt;
      status.phase = result.cancelled ? 'cancelled' : result.exitCode === 0 ? 'done' : 'failed';
      if (status.phase === 'failed' && log.state.errorLines.length === 0) log.state.errorLines.push(`docker exited with code ${result.exitCode}`);
      progress.update(status);
      return status.phase === 'done';
    },
    run.signal,
    (job) => {
      const status = statuses.get(job.name)!;
      status.phase = run.signal?.aborted ? 'cancelled' : 'skipped';
      progress.update(status);
    },
  );
  progress.stop();
  return Promise.all(
    run.images.map(async (item) => {
      const status = statuses.get(item.image.name)!;
      const tag = imageTags(item.image)[0]!;
      const size = outcomes.get(item.image.name) === 'done' && !run.flags.push ? await imageSize(tag) : undefined;
      return { image: item.image.name, tag, status: status.phase, ...(size !== undefined ? { size } : {}), ...(status.ms !== undefined ? { ms: status.ms } : {}), steps: status.log.steps, cached: status.log.cached };
    }),
  );
}

/**
 * The images to build for the names asked for: those images and every project image they are
 * built from, in the project's order. Unknown names come back in `unknown`.
 *
 * @example
 * selectImages(plan.images, ['app']); // { selected: [base, app], unknown: [] }
 */
export function selectImages(images: readonly BakeImage[], names: readonly string[]): { selected: BakeImage[]; unknown: string[] } {
  if (names.length === 0) return { selected: [...images], unknown: [] };
  const byName = new Map(images.map((i) => [i.image.name, i]));
  const unknown = names.filter((n) => !byName.has(n));
  const wanted = new Set<string>();
  const visit = (name: string): void => {
    if (wanted.has(name) || !byName.has(name)) return;
    wanted.add(name);
    byName.get(name)!.dependsOn.forEach((d) => visit(d.image));
  };
  names.forEach(visit);
  return { selected: images.filter((i) => wanted.has(i.image.name)), unknown };
}
