import { availableParallelism } from 'node:os';
import { didYouMean } from '@dockerdsl/core';
import type { BuildFlags } from '../build/docker-args.js';
import { dockerBuildArgs, pushArgs } from '../build/docker-args.js';
import type { ImageStatus } from '../build/image-status.js';
import { plainProgress, ttyProgress } from '../build/progress.js';
import { runBuilds, selectImages } from '../build/run-builds.js';
import { summaryTable } from '../build/summary-table.js';
import { hasBuildx } from '../docker/docker.js';
import { planProject } from '../synth/plan-project.js';
import { writeSynth } from '../synth/write-synth.js';
import { ExitCode, UsageError } from '../ui/exit.js';
import { writeJson } from '../ui/json.js';
import { displayPath, type Output } from '../ui/output.js';
import { countText, printDiagnostics } from '../ui/print-diagnostics.js';
import { shellWords } from '../ui/shell-words.js';

/** Flags of `dsl build` as cac parses them. */
export interface BuildCommandFlags {
  config?: string;
  out?: string;
  force?: boolean;
  frozen?: boolean;
  concurrency?: string | number;
  platform?: string;
  push?: boolean;
  /** `--no-cache` arrives as `cache: false`. */
  cache?: boolean;
  pull?: boolean;
  progress?: string;
  dryRun?: boolean;
  builder?: string;
  cacheFrom?: string | string[];
  cacheTo?: string | string[];
  json?: boolean;
}

/**
 * `dsl build [IMAGE…]`: synth, then build the images (and the project images they are built
 * from) with docker, printing progress, failures and a summary table.
 *
 * @example
 * process.exitCode = await buildCommand(['api'], { dryRun: true }, processOutput());
 */
export async function buildCommand(names: readonly string[], flags: BuildCommandFlags, io: Output): Promise<number> {
  const concurrency = flags.concurrency === undefined ? availableParallelism() : Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency must be a positive whole number, not '${flags.concurrency}'`);
  if (flags.progress !== undefined && flags.progress !== 'plain' && flags.progress !== 'tty') throw new UsageError(`--progress is plain or tty, not '${flags.progress}'`);
  const platforms = flags.platform ? flags.platform.split(',').map((p) => p.trim()).filter(Boolean) : undefined;
  const { plan } = await planProject(io.cwd, flags.config, { ...(flags.out !== undefined ? { outDir: flags.out } : {}), cwd: io.cwd, frozen: flags.frozen === true, ...(platforms ? { platforms } : {}) });
  if (!flags.json) printDiagnostics(io, plan.diagnostics);
  if (!plan.ok) {
    if (flags.json) writeJson(io, { ok: false, diagnostics: plan.diagnostics });
    else io.err.write(`${io.ce.red('build stopped')}: ${countText(plan.diagnostics)} in the definitions\n`);
    return ExitCode.Failure;
  }
  const { selected, unknown } = selectImages(plan.images, names);
  if (unknown.length > 0) {
    const known = plan.images.map((i) => i.image.name);
    throw new UsageError(`no image named ${unknown.map((u) => `'${u}'${didYouMean(u, known) ? ` (did you mean '${didYouMean(u, known)}'?)` : ''}`).join(', ')}; the project has ${known.join(', ')}`);
  }
  const written = writeSynth(plan, { force: flags.force === true });
  if (written.conflicts.length > 0) {
    io.err.write(`${io.ce.red('refusing to overwrite')} files dsl did not write in ${displayPath(io.cwd, plan.outDir)}: ${written.conflicts.join(', ')} (pass --force to take them over)\n`);
    return ExitCode.Failure;
  }
  const buildFlags: BuildFlags = {
    ...(flags.platform ? { platforms: flags.platform.split(',').map((p) => p.trim()).filter(Boolean) } : {}),
    push: flags.push === true,
    noCache: flags.cache === false,
    pull: flags.pull === true,
    ...(flags.builder ? { builder: flags.builder } : {}),
    cacheFrom: list(flags.cacheFrom),
    cacheTo: list(flags.cacheTo),
  };
  const buildx = await hasBuildx(io.env);
  if (!buildx && (flags.builder || buildFlags.cacheFrom!.length > 0 || buildFlags.cacheTo!.length > 0)) throw new UsageError('--builder, --cache-from and --cache-to need docker buildx, which is not installed');
  if (flags.dryRun) {
    const commands = selected.flatMap((item) => [dockerBuildArgs(item, plan.root, buildFlags, buildx), ...(buildFlags.push && !buildx ? pushArgs(item) : [])]);
    if (flags.json) writeJson(io, { ok: true, dryRun: true, commands: commands.map((c) => ['docker', ...c]) });
    else for (const c of commands) io.out.write(`${shellWords(['docker', ...c])}\n`);
    return ExitCode.Ok;
  }
  const statuses = new Map<string, ImageStatus>(selected.map((i) => [i.image.name, { name: i.image.name, phase: 'queued', log: { steps: 0, cached: 0, errorLines: [] } }]));
  const tty = flags.progress === 'tty' || (flags.progress === undefined && io.err.isTTY === true && !flags.json);
  const progress = tty ? ttyProgress(io, [...statuses.values()]) : plainProgress(io, [...statuses.keys()]);
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  // `on`, not `once`: execa's exit hook re-raises a signal that no other listener handles,
  // which would kill dsl before the docker builds were stopped and reported.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let rows;
  try {
    rows = await runBuilds({ images: selected, root: plan.root, flags: buildFlags, buildx, concurrency, statuses, progress, signal: controller.signal });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const failed = [...statuses.values()].filter((s) => s.phase === 'failed');
  const ok = rows.every((r) => r.status === 'done');
  if (flags.json) {
    writeJson(io, { ok, images: rows.map((r) => ({ ...r, ...(statuses.get(r.image)!.phase === 'failed' ? { failedStep: statuses.get(r.image)!.log.failedStep ?? null, error: statuses.get(r.image)!.log.errorLines } : {}) })) });
    return ok ? ExitCode.Ok : ExitCode.Failure;
  }
  for (const s of failed) {
    io.err.write(`\n${io.ce.red('error')} image ${io.ce.bold(s.name)} failed${s.log.failedStep ? ` at step ${io.ce.bold(s.log.failedStep)}` : ''}\n`);
    for (const line of s.log.errorLines) io.err.write(`  ${line}\n`);
  }
  io.out.write(`\n${summaryTable(rows)}`);
  if (controller.signal.aborted) io.err.write(`${io.ce.yellow('cancelled')}: the running builds were stopped\n`);
  return ok ? ExitCode.Ok : ExitCode.Failure;
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
