import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { didYouMean, hasErrors, type Diagnostic } from '@dockerdsl/core';
import { bakeArgs } from '../build/bake-args.js';
import { buildCodes } from '../build/build-codes.js';
import { buildFlagsFromCli, type BuildFlags, type CliBuildFlags } from '../build/build-flags.js';
import { diagnosticsForImages } from '../build/diagnostics-for-images.js';
import { dockerfileLine, failedStepSources } from '../build/failed-step-source.js';
import { imageStepCount } from '../build/step-count.js';
import { writeBuildRecord } from '../build/build-record.js';
import { parseBuilderInspect, preflightDiagnostics, type BuilderInfo } from '../build/builder-preflight.js';
import type { ImageStatus } from '../build/image-status.js';
import { buildInputDiagnostics } from '../build/input-checks.js';
import { plainProgress, ttyProgress } from '../build/progress.js';
import { runBuilds, selectImages } from '../build/run-builds.js';
import { summaryTable, type SummaryRow } from '../build/summary-table.js';
import { buildxVersion, dockerText, imageSizes } from '../docker/docker.js';
import type { BakeImage } from '../synth/bake-file.js';
import { imageTags } from '../synth/image-deps.js';
import { planProject } from '../synth/plan-project.js';
import { writeAtomic, writeSynth } from '../synth/write-synth.js';
import { ExitCode, UsageError } from '../ui/exit.js';
import { writeJson } from '../ui/json.js';
import { displayPath, type Output } from '../ui/output.js';
import { countText, printDiagnostics } from '../ui/print-diagnostics.js';
import { shellWords } from '../ui/shell-words.js';

/** Flags of `dsl build` as cac parses them. */
export interface BuildCommandFlags extends CliBuildFlags {
  config?: string;
  out?: string;
  force?: boolean;
  frozen?: boolean;
  concurrency?: string | number;
  progress?: string;
  dryRun?: boolean;
  metadataFile?: string;
  json?: boolean;
}

/**
 * `dsl build [IMAGE…]`: synth, check what the builder and the build inputs allow, then build
 * the images (and the project images they are built from) with `docker buildx bake`, printing
 * progress, failures, a summary table with digests, and recording the digests.
 *
 * @example
 * process.exitCode = await buildCommand(['api'], { dryRun: true }, processOutput());
 */
export async function buildCommand(names: readonly string[], flags: BuildCommandFlags, io: Output): Promise<number> {
  const concurrency = flags.concurrency === undefined ? availableParallelism() : Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency must be a positive whole number, not '${flags.concurrency}'`);
  if (flags.progress !== undefined && flags.progress !== 'plain' && flags.progress !== 'tty') throw new UsageError(`--progress is plain or tty, not '${flags.progress}'`);
  const buildFlags = buildFlagsFromCli(flags, io.cwd);
  if (buildFlags.load && buildFlags.push) throw new UsageError('--load and --push both pick the output: use one (or --output twice)');
  const { plan } = await planProject(io.cwd, flags.config, { ...(flags.out !== undefined ? { outDir: flags.out } : {}), cwd: io.cwd, frozen: flags.frozen === true, ...(buildFlags.platforms ? { platforms: buildFlags.platforms } : {}) });
  const { selected, unknown } = selectImages(plan.images, names);
  // `dsl build worker` shows what concerns worker (and the images it is built from), not every
  // image's warnings; an image with errors is not in the plan, so the names asked for count too.
  const building = new Set([...names, ...selected.map((i) => i.image.name)]);
  if (!flags.json) printDiagnostics(io, names.length > 0 ? diagnosticsForImages(plan.diagnostics, building) : plan.diagnostics);
  if (!plan.ok) return stopped(io, flags, plan.diagnostics, 'in the definitions');
  if (unknown.length > 0) {
    const known = plan.images.map((i) => i.image.name);
    throw new UsageError(`no image named ${unknown.map((u) => `'${u}'${didYouMean(u, known) ? ` (did you mean '${didYouMean(u, known)}'?)` : ''}`).join(', ')}; the project has ${known.join(', ')}`);
  }
  const written = writeSynth(plan, { force: flags.force === true });
  if (written.conflicts.length > 0) {
    io.err.write(`${io.ce.red('refusing to overwrite')} files dsl did not write in ${displayPath(io.cwd, plan.outDir)}: ${written.conflicts.join(', ')} (pass --force to take them over)\n`);
    return ExitCode.Failure;
  }
  const version = await buildxVersion(io.env);
  if (version === undefined) throw new UsageError('dsl build runs on docker buildx (bake), which is not installed');
  const bakeGrantsEntitlements = version[0] > 0 || version[1] >= 17;
  const builder = await inspectBuilder(buildFlags.builder);
  // A dry run prints the command without the engine, so an unreachable one does not stop it.
  const preflight: Diagnostic[] = builder.diagnostics.length > 0 && !(flags.dryRun && builder.unreachable) ? builder.diagnostics : [];
  if (builder.info) preflight.push(...preflightDiagnostics(builder.info, { platforms: platformsOf(selected, buildFlags), load: buildFlags.load, push: buildFlags.push, outputs: buildFlags.outputs, containerdStore: await containerdStore(builder.info, selected, buildFlags) }));
  preflight.push(...buildInputDiagnostics(selected, buildFlags, { root: plan.root, env: io.env, bakeGrantsEntitlements }));
  if (!flags.json) printDiagnostics(io, preflight);
  if (hasErrors(preflight)) return stopped(io, flags, preflight, 'before the build');
  const multiPlatform = [...platformsOf(selected, buildFlags).values()].some((p) => p.length > 1);
  // A docker-driver builder loads into the image store by itself; others keep results in their
  // own cache, so one platform is loaded (or pushed) to be usable — several never are.
  const autoLoad = builder.info !== undefined && builder.info.driver !== 'docker' && !multiPlatform;
  const allow = bakeGrantsEntitlements ? [...new Set(selected.flatMap((i) => i.image.inputs?.entitlements ?? []))] : [];
  const bakeFile = join(plan.outDir, 'docker-bake.json');
  const invocation = { bakeFile, targets: selected.map((i) => i.image.name), images: plan.images, allow, autoLoad };
  if (flags.dryRun) {
    const command = ['docker', ...bakeArgs({ ...invocation, ...(flags.metadataFile ? { metadataFile: resolve(io.cwd, flags.metadataFile) } : {}) }, buildFlags, plan.root)];
    if (flags.json) writeJson(io, { ok: true, dryRun: true, cwd: plan.root, commands: [command] });
    else io.out.write(`cd ${shellWords([plan.root])} && ${shellWords(command)}\n`);
    return ExitCode.Ok;
  }
  return build(io, flags, buildFlags, { selected, plan, bakeFile, allow, autoLoad, concurrency });
}

async function build(io: Output, flags: BuildCommandFlags, buildFlags: BuildFlags, run: { selected: BakeImage[]; plan: { root: string; outDir: string; images: BakeImage[] }; bakeFile: string; allow: string[]; autoLoad: boolean; concurrency: number }): Promise<number> {
  const statuses = new Map<string, ImageStatus>(run.selected.map((i) => [i.image.name, { name: i.image.name, phase: 'queued', log: { steps: 0, cached: 0, errorLines: [] }, totalSteps: imageStepCount(i.image) }]));
  const tty = flags.progress === 'tty' || (flags.progress === undefined && io.err.isTTY === true && !flags.json);
  const progress = tty ? ttyProgress(io, [...statuses.values()]) : plainProgress(io, [...statuses.keys()]);
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  // `on`, not `once`: execa's exit hook re-raises a signal that no other listener handles,
  // which would kill dsl before the docker builds were stopped and reported.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const workDir = mkdtempSync(join(tmpdir(), 'dsl-build-'));
  let outcome;
  try {
    outcome = await runBuilds({ images: run.selected, all: run.plan.images, root: run.plan.root, bakeFile: run.bakeFile, flags: buildFlags, allow: run.allow, autoLoad: run.autoLoad, concurrency: run.concurrency, statuses, progress, workDir, signal: controller.signal });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    rmSync(workDir, { recursive: true, force: true });
  }
  if (outcome.built.size > 0) writeBuildRecord(run.plan.outDir, outcome.built);
  if (flags.metadataFile) writeAtomic(resolve(io.cwd, flags.metadataFile), `${JSON.stringify(outcome.metadata, null, 2)}\n`);
  const local = !buildFlags.push && buildFlags.outputs.length === 0;
  const sizes = local ? await imageSizes(run.selected.filter((i) => statuses.get(i.image.name)!.phase === 'done').map((i) => imageTags(i.image)[0]!)) : new Map<string, number>();
  const rows: SummaryRow[] = run.selected.map(({ image }) => {
    const status = statuses.get(image.name)!;
    const tag = imageTags(image)[0]!;
    const built = outcome.built.get(image.name);
    return {
      image: image.name, tag, status: status.phase,
      ...(sizes.has(tag) ? { size: sizes.get(tag)! } : {}),
      ...(status.ms !== undefined ? { ms: status.ms } : {}),
      steps: status.log.steps, cached: status.log.cached,
      ...(built ? { digest: built.digest, ...(built.pushed ? { pushed: built.names.map((n) => `${n}@${built.digest}`) } : {}) } : {}),
    };
  });
  const ok = rows.every((r) => r.status === 'done');
  if (flags.json) {
    writeJson(io, { ok, isolated: outcome.isolated, images: rows.map((r) => ({ ...r, ...(statuses.get(r.image)!.phase === 'failed' ? { failedStep: statuses.get(r.image)!.log.failedStep ?? null, error: statuses.get(r.image)!.log.errorLines } : {}) })) });
    return ok ? ExitCode.Ok : ExitCode.Failure;
  }
  const failed = [...statuses.values()].filter((s) => s.phase === 'failed');
  const written = await failedStepSources(io.cwd, flags.config, failed.flatMap((s) => (s.log.failedStep ? [{ image: s.name, step: s.log.failedStep }] : [])));
  for (const s of failed) {
    io.err.write(`\n${io.ce.red('error')} image ${io.ce.bold(s.name)} failed${s.log.failedStep ? ` at step ${io.ce.bold(s.log.failedStep)}` : ''}\n`);
    const at = written.get(s.name);
    const line = dockerfileLine(s.log.errorLines);
    const dockerfile = run.selected.find((i) => i.image.name === s.name)?.dockerfile;
    const generated = dockerfile && line !== undefined ? `${displayPath(io.cwd, dockerfile)}:${line}` : undefined;
    if (at) io.err.write(`  written at ${displayPath(io.cwd, at.file)}:${at.line}:${at.column}${generated ? ` (generated ${generated})` : ''}\n`);
    else if (generated) io.err.write(`  at ${generated}\n`);
    for (const line of s.log.errorLines) io.err.write(`  ${line}\n`);
  }
  if (outcome.isolated) io.err.write(`${io.ce.dim('bake stops every image when one fails: the images were rebuilt one by one so the independent ones could finish')}\n`);
  io.out.write(`\n${summaryTable(rows)}`);
  if (controller.signal.aborted) io.err.write(`${io.ce.yellow('cancelled')}: the running builds were stopped\n`);
  return ok ? ExitCode.Ok : ExitCode.Failure;
}

function stopped(io: Output, flags: BuildCommandFlags, diagnostics: readonly Diagnostic[], where: string): number {
  if (flags.json) writeJson(io, { ok: false, diagnostics });
  else io.err.write(`${io.ce.red('build stopped')}: ${countText(diagnostics)} ${where}\n`);
  return ExitCode.Failure;
}

/** Platforms each image builds: the flag's, else the image's own (none: the builder's own). */
function platformsOf(images: readonly BakeImage[], flags: BuildFlags): Map<string, string[]> {
  return new Map(images.map((i) => [i.image.name, flags.platforms ?? i.image.platforms ?? []]));
}

async function inspectBuilder(name: string | undefined): Promise<{ info?: BuilderInfo; diagnostics: Diagnostic[]; unreachable?: boolean }> {
  const result = await dockerText(['buildx', 'inspect', ...(name ? [name] : [])]);
  // An engine that cannot be reached still exits 0, with an `Error:` line instead of nodes: it is
  // reported here, once, rather than as one failed build per image.
  const unreachable = /^Error:\s+(.+)$/m.exec(result.stdout)?.[1];
  if (result.exitCode === 0 && unreachable === undefined) return { info: parseBuilderInspect(result.stdout), diagnostics: [] };
  const code = 'DSL5930' as const;
  const why = unreachable ?? (result.stderr.trim() || `docker buildx inspect exited with ${result.exitCode}`);
  const hint = unreachable ? 'start the engine, or point at a running one with DOCKER_HOST or docker context use; docker info tells whether it answers' : 'list builders with docker buildx ls';
  return { unreachable: unreachable !== undefined, diagnostics: [{ code, rule: buildCodes[code].rule, severity: buildCodes[code].severity, message: `the builder ${name ? `'${name}'` : '(current)'} cannot be used: ${why}`, path: ['builder'], hint }] };
}

/** Whether the engine uses the containerd image store (asked only when it matters). */
async function containerdStore(builder: BuilderInfo, images: readonly BakeImage[], flags: BuildFlags): Promise<boolean> {
  if (builder.driver !== 'docker' || ![...platformsOf(images, flags).values()].some((p) => p.length > 1)) return true;
  const info = await dockerText(['info', '--format', '{{json .DriverStatus}}']);
  return info.stdout.includes('io.containerd.snapshotter');
}
