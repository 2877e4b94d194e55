import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '@dockerdsl/core';
import { didYouMean, imageBuildInputs, manifestName, type BakeImage } from '@dockerdsl/core/tooling';
import { bakeArgs } from '../build/bake-args.js';
import { buildFlagsFromCli, type BuildFlags, type CliBuildFlags } from '../build/build-flags.js';
import { diagnosticsForImages } from '../build/diagnostics-for-images.js';
import { imageStepCount } from '../build/step-count.js';
import { reportBuild } from '../build/build-report.js';
import { containerdStore, inspectBuilder } from '../build/builder-inspection.js';
import { preflightDiagnostics } from '../build/builder-preflight.js';
import type { ImageStatus } from '../build/image-status.js';
import { bakeGrantsEntitlements, hostNetworkOverlay, hostNetworkOverlayHeader, hostNetworkOverlayName } from '../build/host-network-overlay.js';
import { buildInputDiagnostics } from '../build/input-availability.js';
import { plainProgress, ttyProgress } from '../build/progress.js';
import { runBuilds, selectImages } from '../build/run-builds.js';
import { decideSkips, skipSets, type SkipDecision } from '../build/skip-unchanged.js';
import { buildxVersion } from '../docker/docker.js';
import { affectedImages } from '../plan/affected-images.js';
import { changedFiles } from '../plan/changed-files.js';
import { planProject } from '../synth/plan-project.js';
import { conflictSummary, writeAtomic, writeSynth } from '../synth/write-synth.js';
import { ExitCode, UsageError } from '../ui/exit.js';
import { writeJson } from '../ui/json.js';
import { displayPath, type Output } from '../ui/output.js';
import { parseFailureThreshold, thresholdText, type FailureThreshold } from '../ui/failure-threshold.js';
import { countText, failingFindings, printDiagnostics } from '../ui/print-diagnostics.js';
import { shellWords } from '../ui/shell-words.js';

/** Flags of `dsl build` as cac parses them. */
export interface BuildCommandFlags extends CliBuildFlags {
  config?: string;
  out?: string;
  force?: boolean;
  frozen?: boolean;
  /** `--no-pin-pushed` arrives as `pinPushed: false`. */
  pinPushed?: boolean;
  /** `error` (default), `warning`, `info` or `none`: findings this severe or worse stop the build. */
  failureThreshold?: string;
  concurrency?: string | number;
  progress?: string;
  dryRun?: boolean;
  metadataFile?: string;
  json?: boolean;
  /** `--no-skip` arrives as `skip: false`. */
  skip?: boolean;
  since?: string;
  files?: string | string[];
}

/**
 * `dsl build [IMAGE…]`: synth, skip the images whose input digest matches the image already in
 * the store (or registry, with `--push`), check what the builder and the build inputs allow,
 * then build the rest (and the project images they are built from; with `--since`/`--files`
 * only the images the change affects) with `docker buildx bake`, printing progress, failures,
 * a summary table with digests, and recording the digests.
 *
 * @example
 * process.exitCode = await buildCommand(['api'], { dryRun: true }, processOutput());
 */
export async function buildCommand(names: readonly string[], flags: BuildCommandFlags, io: Output): Promise<number> {
  // Asking buildx about the builder takes 0.3–1 s (the docker CLI, then the buildx plugin), so it
  // runs while the config loads and the input digests are worked out; it is stopped when the
  // command ends without needing the answer (nothing to build, an error).
  const inspection = new AbortController();
  try {
    return await planAndBuild(names, flags, io, (builder) => inspectBuilder(builder, inspection.signal));
  } finally {
    inspection.abort();
  }
}

async function planAndBuild(names: readonly string[], flags: BuildCommandFlags, io: Output, inspect: (builder: string | undefined) => ReturnType<typeof inspectBuilder>): Promise<number> {
  const concurrency = flags.concurrency === undefined ? availableParallelism() : Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency must be a positive whole number, not '${flags.concurrency}'`);
  if (flags.progress !== undefined && flags.progress !== 'plain' && flags.progress !== 'tty') throw new UsageError(`--progress is plain or tty, not '${flags.progress}'`);
  const threshold = parseFailureThreshold(flags.failureThreshold, 'error');
  const buildFlags = buildFlagsFromCli(flags, io.cwd);
  const builderInspected = inspect(buildFlags.builder);
  if (buildFlags.load && buildFlags.push) throw new UsageError('--load and --push both pick the output: use one (or --output twice)');
  if (flags.since !== undefined && typeof flags.since !== 'string') throw new UsageError('--since needs a git reference, such as --since origin/main');
  const planOptions = { ...(flags.out !== undefined ? { outDir: flags.out } : {}), cwd: io.cwd, frozen: flags.frozen === true, pinPushed: flags.pinPushed !== false, ...(buildFlags.platforms ? { platforms: buildFlags.platforms } : {}) };
  const { plan, configFile } = await planProject(io.cwd, flags.config, planOptions);
  // Once pushed, the Compose files are written again so that they pin what was just pushed.
  const repin = async (): Promise<string[]> => {
    if (flags.pinPushed === false) return [];
    const again = await planProject(io.cwd, flags.config, planOptions);
    return again.plan.ok ? writeSynth(again.plan, { force: flags.force === true }).written.filter((f) => f !== manifestName) : [];
  };
  const { selected: named, unknown } = selectImages(plan.images, names);
  // `dsl build worker` shows what concerns worker (and the images it is built from), not every
  // image's warnings; an image with errors is not in the plan, so the names asked for count too.
  const building = new Set([...names, ...named.map((i) => i.image.name)]);
  const shown = names.length > 0 ? diagnosticsForImages(plan.diagnostics, building) : plan.diagnostics;
  // Info findings are a side note, unless the threshold makes them fail the build.
  if (!flags.json) printDiagnostics(io, shown, { minSeverity: threshold === 'info' ? 'info' : 'warning' });
  if (!plan.ok) return stopped(io, flags, plan.diagnostics, 'in the definitions');
  if (failingFindings(shown, threshold).length > 0) return stoppedAtThreshold(io, flags, shown, threshold, 'in the definitions');
  if (unknown.length > 0) {
    const known = plan.images.map((i) => i.image.name);
    throw new UsageError(`no image named ${unknown.map((u) => `'${u}'${didYouMean(u, known) ? ` (did you mean '${didYouMean(u, known)}'?)` : ''}`).join(', ')}; the project has ${known.join(', ')}`);
  }
  const changed = changedFiles(io.cwd, flags.since, flags.files);
  if (changed?.diagnostic) {
    if (!flags.json) printDiagnostics(io, [changed.diagnostic]);
    return stopped(io, flags, [changed.diagnostic], 'finding the changed files');
  }
  // Only what the change affects: unaffected dependencies are not targets, and their images
  // are not rebuilt (bake's `target:` contexts take them from BuildKit's cache).
  const affected = changed ? new Set(affectedImages({ images: plan.images, root: plan.root, configFile, changed: changed.files }).map((a) => a.name)) : undefined;
  const selected = affected ? named.filter((i) => affected.has(i.image.name)) : named;
  const written = writeSynth(plan, { force: flags.force === true });
  if (written.conflicts.length > 0) {
    io.err.write(`${io.ce.red('refusing to overwrite')} ${conflictSummary(written, displayPath(io.cwd, plan.outDir), (p) => displayPath(io.cwd, p))} (pass --force to take them over)\n`);
    return ExitCode.Failure;
  }
  const skips = await decideSkips({ selected, all: plan.images, root: plan.root, flags: buildFlags, skip: flags.skip !== false, env: io.env });
  const toBuild = selected.filter((i) => !skips.unchanged.has(i.image.name));
  if (toBuild.length === 0 && !flags.dryRun) return reportBuild(io, flags, buildFlags, { selected, outDir: plan.outDir, skips, built: new Map(), statuses: initialStatuses(selected, skips), isolated: false, aborted: false, metadata: {}, repin });
  // Each docker CLI call costs 0.1–1.5 s (docker, then the buildx plugin): buildx's version
  // matters only for entitlements (images bake builds as dependencies included), and a missing
  // buildx shows in `buildx inspect` too.
  const entitled = plan.images.some((i) => imageBuildInputs(i.image).entitlements.length > 0);
  const [version, builder] = await Promise.all([entitled || io.env.DSL_NO_BUILDX === '1' ? buildxVersion(io.env) : undefined, builderInspected]);
  if ((version === undefined && (entitled || io.env.DSL_NO_BUILDX === '1')) || builder.missingBuildx) throw new UsageError('dsl build runs on docker buildx (bake), which is not installed');
  const grantsEntitlements = version !== undefined && bakeGrantsEntitlements(version);
  // A dry run prints the command without the engine, so an unreachable one does not stop it.
  const preflight: Diagnostic[] = builder.diagnostics.length > 0 && !(flags.dryRun && builder.unreachable) ? builder.diagnostics : [];
  if (builder.info) preflight.push(...preflightDiagnostics(builder.info, { platforms: platformsOf(toBuild, buildFlags), load: buildFlags.load, push: buildFlags.push, outputs: buildFlags.outputs, containerdStore: await containerdStore(builder.info, platformsOf(toBuild, buildFlags)) }));
  preflight.push(...buildInputDiagnostics(toBuild, buildFlags, { root: plan.root, env: io.env, bakeGrantsEntitlements: grantsEntitlements }));
  if (!flags.json) printDiagnostics(io, preflight, { minSeverity: threshold === 'info' ? 'info' : 'warning' });
  if (hasErrors(preflight)) return stopped(io, flags, preflight, 'before the build');
  if (failingFindings(preflight, threshold).length > 0) return stoppedAtThreshold(io, flags, preflight, threshold, 'before the build');
  const multiPlatform = [...platformsOf(toBuild, buildFlags).values()].some((p) => p.length > 1);
  // A docker-driver builder loads into the image store by itself; others keep results in their
  // own cache, so one platform is loaded (or pushed) to be usable — several never are.
  const autoLoad = builder.info !== undefined && builder.info.driver !== 'docker' && !multiPlatform;
  const allow = grantsEntitlements ? [...new Set(toBuild.flatMap((i) => i.image.inputs?.entitlements ?? []))] : [];
  const bakeFile = join(plan.outDir, 'docker-bake.json');
  const files = hostNetworkFiles(plan.outDir, grantsEntitlements ? undefined : hostNetworkOverlay(plan.images));
  const targets = toBuild.map((i) => i.image.name);
  const labelled: BuildFlags = { ...buildFlags, set: [...skipSets(targets, plan.images, skips), ...buildFlags.set] };
  const invocation = { bakeFile, files, targets, images: plan.images, allow, autoLoad };
  if (flags.dryRun) {
    const command = ['docker', ...bakeArgs({ ...invocation, ...(flags.metadataFile ? { metadataFile: resolve(io.cwd, flags.metadataFile) } : {}) }, labelled, plan.root)];
    const commands = targets.length > 0 ? [command] : [];
    if (flags.json) writeJson(io, { ok: true, dryRun: true, cwd: plan.root, commands, unchanged: selected.filter((i) => skips.unchanged.has(i.image.name)).map((i) => i.image.name) });
    else if (commands.length > 0) io.out.write(`cd ${shellWords([plan.root])} && ${shellWords(command)}\n`);
    else io.out.write(selected.length === 0 ? '# nothing to build: the change affects no image\n' : `# nothing to build: ${selected.length} image${selected.length === 1 ? '' : 's'} unchanged\n`);
    return ExitCode.Ok;
  }
  return build(io, flags, labelled, { selected, toBuild, skips, plan, bakeFile, files, allow, autoLoad, concurrency, repin });
}

function initialStatuses(selected: readonly BakeImage[], skips: SkipDecision): Map<string, ImageStatus> {
  return new Map(selected.map((i) => [i.image.name, { name: i.image.name, phase: skips.unchanged.has(i.image.name) ? 'unchanged' : 'queued', log: { steps: 0, cached: 0, errorLines: [] }, totalSteps: imageStepCount(i.image) }]));
}

interface BuildRunPlan {
  selected: BakeImage[];
  toBuild: BakeImage[];
  skips: SkipDecision;
  plan: { root: string; outDir: string; images: BakeImage[] };
  bakeFile: string;
  /** Files bake reads besides the bake file (the host-network overlay). */
  files: string[];
  allow: string[];
  autoLoad: boolean;
  concurrency: number;
  /** Writes the Compose files again after a push; returns the files it changed. */
  repin: () => Promise<string[]>;
}

async function build(io: Output, flags: BuildCommandFlags, buildFlags: BuildFlags, run: BuildRunPlan): Promise<number> {
  const statuses = initialStatuses(run.selected, run.skips);
  const tty = flags.progress === 'tty' || (flags.progress === undefined && io.err.isTTY === true && !flags.json);
  const progress = tty ? ttyProgress(io, [...statuses.values()]) : plainProgress(io, [...statuses.keys()]);
  for (const status of statuses.values()) if (status.phase === 'unchanged') progress.update(status);
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  // `on`, not `once`: execa's exit hook re-raises a signal that no other listener handles,
  // which would kill dsl before the docker builds were stopped and reported.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const workDir = mkdtempSync(join(tmpdir(), 'dsl-build-'));
  let outcome;
  try {
    outcome = await runBuilds({ images: run.toBuild, all: run.plan.images, root: run.plan.root, bakeFile: run.bakeFile, files: run.files, flags: buildFlags, allow: run.allow, autoLoad: run.autoLoad, concurrency: run.concurrency, statuses, progress, workDir, signal: controller.signal });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    rmSync(workDir, { recursive: true, force: true });
  }
  return reportBuild(io, flags, buildFlags, { selected: run.selected, outDir: run.plan.outDir, skips: run.skips, built: outcome.built, statuses, isolated: outcome.isolated, aborted: controller.signal.aborted, metadata: outcome.metadata, repin: run.repin });
}

/** Writes (or, when none is needed, removes) the host-network overlay; the files bake reads besides the bake file. */
function hostNetworkFiles(outDir: string, overlay: string | undefined): string[] {
  const file = join(outDir, hostNetworkOverlayName);
  if (overlay === undefined) {
    if (readOrEmpty(file).startsWith(hostNetworkOverlayHeader)) rmSync(file, { force: true });
    return [];
  }
  writeAtomic(file, overlay);
  return [file];
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function stopped(io: Output, flags: BuildCommandFlags, diagnostics: readonly Diagnostic[], where: string): number {
  if (flags.json) writeJson(io, { ok: false, diagnostics });
  else io.err.write(`${io.ce.red('build stopped')}: ${countText(diagnostics)} ${where}\n`);
  return ExitCode.Failure;
}

function stoppedAtThreshold(io: Output, flags: BuildCommandFlags, diagnostics: readonly Diagnostic[], threshold: FailureThreshold, where: string): number {
  if (flags.json) writeJson(io, { ok: false, diagnostics });
  else io.err.write(`${io.ce.red('build stopped')}: ${thresholdText(failingFindings(diagnostics, threshold), threshold)} ${where}\n`);
  return ExitCode.Failure;
}

/** Platforms each image builds: the flag's, else the image's own (none: the builder's own). */
function platformsOf(images: readonly BakeImage[], flags: BuildFlags): Map<string, string[]> {
  return new Map(images.map((i) => [i.image.name, flags.platforms ?? i.image.platforms ?? []]));
}
