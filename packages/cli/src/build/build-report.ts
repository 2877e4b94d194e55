import { resolve } from 'node:path';
import { imageTags, type BakeImage } from '@dockerdsl/core/tooling';
import { readPushedImages } from '../synth/pushed-images.js';
import { writeAtomic } from '../synth/write-synth.js';
import { ExitCode } from '../ui/exit.js';
import { writeJson } from '../ui/json.js';
import { displayPath, type Output } from '../ui/output.js';
import type { BuildFlags } from './build-flags.js';
import { writeBuildRecord, type BuiltImage } from './build-record.js';
import { dockerfileLine, failedStepSources } from './failed-step-source.js';
import type { ImageStatus } from './image-status.js';
import type { SkipDecision } from './skip-unchanged.js';
import { summaryTable, type SummaryRow } from './summary-table.js';
import { localLabels } from './unchanged-images.js';

/**
 * What a `dsl build` run ended with: the images selected, which were skipped or built, each
 * image's status, and how to write the Compose files again after a push.
 *
 * @example
 * const run: BuildRun = { selected, outDir, skips, built: new Map(), statuses, isolated: false, aborted: false, metadata: {}, repin: async () => [] };
 */
export interface BuildRun {
  selected: BakeImage[];
  outDir: string;
  skips: SkipDecision;
  built: Map<string, BuiltImage>;
  statuses: Map<string, ImageStatus>;
  /** bake stopped every image when one failed, so the others were built one by one. */
  isolated: boolean;
  /** The run was cancelled (SIGINT/SIGTERM). */
  aborted: boolean;
  /** bake's metadata, for `--metadata-file`. */
  metadata: Record<string, unknown>;
  /** Writes the Compose files again after a push; returns the files it changed. */
  repin: () => Promise<string[]>;
}

/** The flags of `dsl build` the report reads. */
export interface ReportFlags {
  json?: boolean;
  metadataFile?: string;
  config?: string;
}

/**
 * Records the digests, re-pins Compose after a push, and prints the summary (or `--json`) of a
 * run, built or skipped. Returns the exit code.
 *
 * @example
 * process.exitCode = await reportBuild(io, flags, buildFlags, run);
 */
export async function reportBuild(io: Output, flags: ReportFlags, buildFlags: BuildFlags, run: BuildRun): Promise<number> {
  const { statuses, built } = run;
  const pushedBefore = JSON.stringify(readPushedImages(run.outDir));
  // A skipped image found in the registry is recorded like a pushed one: deploy steps pin it.
  const pinned = new Map([...run.skips.unchanged].filter(([, u]) => u.pushed));
  if (built.size > 0 || pinned.size > 0) writeBuildRecord(run.outDir, new Map([...pinned, ...built]));
  // A push (or a local build replacing a pushed one) changes what Compose should pin.
  const repinned = JSON.stringify(readPushedImages(run.outDir)) !== pushedBefore ? await run.repin() : [];
  if (flags.metadataFile) writeAtomic(resolve(io.cwd, flags.metadataFile), `${JSON.stringify(run.metadata, null, 2)}\n`);
  const local = !buildFlags.push && buildFlags.outputs.length === 0;
  // Sizes of skipped images came with their labels; only images bake exported are asked for.
  const sizes = new Map<string, number>();
  if (local) {
    for (const [name, found] of run.skips.unchanged) if (found.size !== undefined && !built.has(name)) sizes.set(found.names[0]!, found.size);
    const ask = run.selected.map((i) => imageTags(i.image)[0]!).filter((tag, n) => !sizes.has(tag) && ['done', 'unchanged'].includes(statuses.get(run.selected[n]!.image.name)!.phase));
    for (const [tag, found] of await localLabels(ask)) if (found.size !== undefined) sizes.set(tag, found.size);
  }
  const rows: SummaryRow[] = run.selected.map(({ image }) => {
    const status = statuses.get(image.name)!;
    const tag = imageTags(image)[0]!;
    const result = built.get(image.name) ?? run.skips.unchanged.get(image.name);
    return {
      image: image.name, tag, status: status.phase,
      ...(sizes.has(tag) ? { size: sizes.get(tag)! } : {}),
      ...(status.ms !== undefined ? { ms: status.ms } : {}),
      steps: status.log.steps, cached: status.log.cached,
      ...(result ? { digest: result.digest, ...(result.pushed ? { pushed: result.names.map((n) => `${n}@${result.digest}`) } : {}) } : {}),
    };
  });
  const ok = rows.every((r) => r.status === 'done' || r.status === 'unchanged');
  if (flags.json) {
    const extra = (name: string): Record<string, unknown> => {
      const s = statuses.get(name)!;
      return { ...(run.skips.digests.get(name) ? { inputDigest: run.skips.digests.get(name) } : {}), ...(s.phase === 'failed' ? { failedStep: s.log.failedStep ?? null, error: s.log.errorLines } : {}) };
    };
    writeJson(io, { ok, isolated: run.isolated, ...(run.skips.blocker ? { skipping: `off (${run.skips.blocker})` } : {}), ...(repinned.length > 0 ? { repinned } : {}), images: rows.map((r) => ({ ...r, ...extra(r.image) })) });
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
  if (run.isolated) io.err.write(`${io.ce.dim('bake stops every image when one fails: the other images were rebuilt one by one (the failed one was not built again) so the independent ones could finish')}\n`);
  if (rows.length === 0) io.out.write('dsl build: the change affects no image, nothing to build\n');
  else io.out.write(`\n${summaryTable(rows)}`);
  if (repinned.length > 0) io.err.write(`${io.ce.dim(`pinned the pushed digests in ${repinned.join(', ')}`)}\n`);
  if (run.aborted) io.err.write(`${io.ce.yellow('cancelled')}: the running builds were stopped\n`);
  return ok ? ExitCode.Ok : ExitCode.Failure;
}
