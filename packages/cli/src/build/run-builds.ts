import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BakeImage } from '@dockerdsl/core/tooling';
import { runDocker } from '../docker/docker.js';
import { bakeArgs } from './bake-args.js';
import { BakeLogRouter } from './bake-log.js';
import type { BuildFlags } from './build-flags.js';
import { bakeResults, readMetadataFile, type BuiltImage } from './build-record.js';
import { BuildLog } from './buildkit-log.js';
import type { ImageStatus } from './image-status.js';
import type { ProgressReporter } from './progress.js';
import { schedule } from './schedule.js';

/** Everything one `dsl build` run needs. */
export interface BuildRun {
  /** The images to build, dependencies included. */
  images: readonly BakeImage[];
  /** Every image of the plan (the bake file has them all). */
  all: readonly BakeImage[];
  /** The folder holding the config: bake runs there. */
  root: string;
  bakeFile: string;
  /** More files bake reads after `bakeFile`. */
  files?: readonly string[];
  flags: BuildFlags;
  allow: readonly string[];
  autoLoad: boolean;
  concurrency: number;
  statuses: Map<string, ImageStatus>;
  progress: ProgressReporter;
  /** A private folder for buildx metadata files. */
  workDir: string;
  signal?: AbortSignal;
  /** @internal Which image a step named after `target` belongs to. */
  ownerOf?: (target: string, step: string) => string;
}

/** What a build run did. */
export interface BuildOutcome {
  /** Per built image: digest and names. */
  built: Map<string, BuiltImage>;
  /** buildx's own metadata, by target (what `--metadata-file` gets). */
  metadata: Record<string, unknown>;
  /** True when a failure made dsl rebuild image by image to keep independent images going. */
  isolated: boolean;
}

/**
 * Builds the images on BuildKit's own orchestration: first one `docker buildx bake` of them all
 * (project images reach each other through bake `target:` contexts, never the local image
 * store, so any buildx driver works). Bake cancels every sibling when one image fails, so on a
 * failure dsl rebuilds image by image in dependency order — what finished is a cache hit — so
 * independent images still finish and only dependents of the failed one are skipped. An image
 * whose own step failed in the bake is not built a second time.
 *
 * @example
 * const outcome = await runBuilds(run);
 */
export async function runBuilds(run: BuildRun): Promise<BuildOutcome> {
  const names = run.images.map((i) => i.image.name);
  run = { ...run, ownerOf: stepOwners(run.images) };
  const first = await bake(run, names, 'all');
  if (first.exitCode === 0 || first.cancelled) {
    finish(run, names, first.cancelled ? 'cancelled' : 'done');
    run.progress.stop();
    return { built: first.built, metadata: first.metadata, isolated: false };
  }
  // An image whose own step failed is not built again: it keeps its log and error, and only
  // the others are rebuilt (cache hits for what finished) to let independent images complete.
  const failed = new Set(first.failed);
  for (const status of run.statuses.values()) if (!failed.has(status.name)) Object.assign(status, { phase: 'queued', log: new BuildLog().state, startedAt: undefined, ms: undefined });
  finish(run, [...failed], 'failed');
  const built = new Map<string, BuiltImage>();
  const metadata: Record<string, unknown> = {};
  const jobs = run.images.map((item) => ({ name: item.image.name, dependsOn: item.dependsOn.map((d) => d.image) }));
  await schedule(
    jobs,
    run.concurrency,
    async (job) => {
      if (failed.has(job.name)) return false;
      const result = await bake(run, [job.name], job.name);
      for (const [k, v] of result.built) built.set(k, v);
      if (result.metadata[job.name] !== undefined) metadata[job.name] = result.metadata[job.name];
      finish(run, [job.name], result.cancelled ? 'cancelled' : result.exitCode === 0 ? 'done' : 'failed');
      return result.exitCode === 0;
    },
    run.signal,
    (job) => {
      const status = run.statuses.get(job.name)!;
      status.phase = run.signal?.aborted ? 'cancelled' : 'skipped';
      run.progress.update(status);
    },
  );
  run.progress.stop();
  return { built, metadata, isolated: true };
}

/** One bake of `targets`, its output routed to the images' statuses. */
async function bake(run: BuildRun, targets: string[], label: string): Promise<{ exitCode: number; cancelled: boolean; failed: string[]; built: Map<string, BuiltImage>; metadata: Record<string, unknown> }> {
  const metadataFile = join(run.workDir, `metadata-${label}.json`);
  const logs = new Map(targets.map((t) => [t, new BuildLog()]));
  const started = (target: string): ImageStatus => {
    const status = run.statuses.get(target)!;
    if (status.phase === 'queued') {
      status.log = logs.get(target)!.state;
      status.phase = 'building';
      status.startedAt = Date.now();
      run.progress.update(status);
    }
    return status;
  };
  for (const target of targets) started(target);
  const router = new BakeLogRouter(targets, {
    line: (target, line) => {
      if (!logs.has(target)) return;
      const status = started(target);
      const log = logs.get(target)!;
      const position = log.state.position;
      log.push(line);
      run.progress.line(status, line);
      if (log.state.position !== position) run.progress.update(status);
    },
    exported: (target) => {
      const status = run.statuses.get(target)!;
      if (status.phase !== 'building') return;
      status.phase = 'done';
      status.ms = Date.now() - (status.startedAt ?? Date.now());
      run.progress.update(status);
    },
    ...(run.ownerOf ? { ownerOf: run.ownerOf } : {}),
  }, run.all.map((i) => i.image.name).filter((n) => !targets.includes(n)));
  const args = bakeArgs({ bakeFile: run.bakeFile, ...(run.files ? { files: run.files } : {}), targets, images: run.all, metadataFile, allow: run.allow, autoLoad: run.autoLoad }, run.flags, run.root);
  const result = await runDocker(args, (line) => router.push(line), run.signal, run.root);
  if (result.exitCode !== 0 && !result.cancelled) {
    // Whatever failed without a vertex of its own (bad bake file, missing secret) is every target's error.
    const blamed = router.failedTarget !== undefined && targets.includes(router.failedTarget) ? [router.failedTarget] : targets;
    for (const t of blamed) if (logs.get(t)!.state.errorLines.length === 0) logs.get(t)!.state.errorLines.push(`docker buildx bake exited with code ${result.exitCode}`);
  }
  const metadata = result.exitCode === 0 ? readMetadataFile(metadataFile) : {};
  const pushed = run.flags.push || run.flags.outputs.some((o) => /(?:^|,)(?:type=registry|push=true)(?:,|$)/.test(o));
  const failed = result.exitCode !== 0 && !result.cancelled ? router.failedTargets.filter((t) => targets.includes(t)) : [];
  return { exitCode: result.exitCode, cancelled: result.cancelled, failed, built: bakeResults(metadata, pushed), metadata };
}

/**
 * The owner of a step BuildKit named after `target`: the target when its Dockerfile has the
 * step, else the project image it is built from (directly or not) whose Dockerfile has it.
 */
function stepOwners(images: readonly BakeImage[]): (target: string, step: string) => string {
  const texts = new Map(images.map((i) => [i.image.name, readOrEmpty(i.dockerfile)]));
  const byName = new Map(images.map((i) => [i.image.name, i]));
  return (target, step) => {
    if (texts.get(target)?.includes(step) !== false) return target;
    const queue = [...(byName.get(target)?.dependsOn.map((d) => d.image) ?? [])];
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      if (texts.get(name)?.includes(step)) return name;
      queue.push(...(byName.get(name)?.dependsOn.map((d) => d.image) ?? []));
    }
    return target;
  };
}

function readOrEmpty(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function finish(run: BuildRun, targets: readonly string[], phase: ImageStatus['phase']): void {
  for (const target of targets) {
    const status = run.statuses.get(target)!;
    if (status.phase === 'done' && phase === 'done') continue;
    if (phase === 'cancelled' && status.phase !== 'building' && status.phase !== 'queued') continue;
    status.phase = phase;
    status.ms ??= Date.now() - (status.startedAt ?? Date.now());
    run.progress.update(status);
  }
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
