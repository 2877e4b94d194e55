import { buildPlan, type BuildPlan } from '../plan/build-plan.js';
import { changedFiles } from '../plan/changed-files.js';
import { planProject } from '../synth/plan-project.js';
import { ExitCode, UsageError } from '../ui/exit.js';
import { writeJson } from '../ui/json.js';
import type { Output } from '../ui/output.js';
import { countText, printDiagnostics } from '../ui/print-diagnostics.js';

/** Flags of `dsl plan`. */
export interface PlanFlags {
  config?: string;
  out?: string;
  since?: string;
  files?: string | string[];
  json?: boolean;
}

/**
 * `dsl plan`: which images a change affects (since a git reference, or for the given files),
 * in dependency levels, as text or as JSON ready to be a CI matrix. Without `--since` or
 * `--files` it plans every image.
 *
 * @example
 * process.exitCode = await planCommand({ since: 'origin/main', json: true }, processOutput());
 */
export async function planCommand(flags: PlanFlags, io: Output): Promise<number> {
  if (flags.since !== undefined && typeof flags.since !== 'string') throw new UsageError('--since needs a git reference, such as --since origin/main');
  const { plan, configFile } = await planProject(io.cwd, flags.config, { ...(flags.out !== undefined ? { outDir: flags.out } : {}), cwd: io.cwd });
  if (!plan.ok) {
    if (flags.json) writeJson(io, { ok: false, diagnostics: plan.diagnostics });
    else {
      printDiagnostics(io, plan.diagnostics);
      io.err.write(`${io.ce.red('plan failed')}: ${countText(plan.diagnostics)}\n`);
    }
    return ExitCode.Failure;
  }
  const changed = changedFiles(io.cwd, flags.since, flags.files);
  if (changed?.diagnostic) {
    if (flags.json) writeJson(io, { ok: false, diagnostics: [changed.diagnostic] });
    else printDiagnostics(io, [changed.diagnostic]);
    return ExitCode.Failure;
  }
  const result = buildPlan({ images: plan.images, root: plan.root, configFile, ...(changed ? { changed: changed.files } : {}) });
  if (flags.json) writeJson(io, { ok: true, ...(flags.since !== undefined ? { since: flags.since } : {}), ...result });
  else printPlan(io, result, flags.since);
  return ExitCode.Ok;
}

function printPlan(io: Output, plan: BuildPlan, since: string | undefined): void {
  const changed = plan.changed === undefined ? '' : ` by ${plan.changed.length} changed file${plan.changed.length === 1 ? '' : 's'}${since === undefined ? '' : ` since ${since}`}`;
  const count = plan.images.length;
  io.out.write(`dsl plan: ${count} image${count === 1 ? '' : 's'} affected${changed}\n`);
  plan.levels.forEach((names, level) => io.out.write(`  ${io.c.bold(`level ${level}`)}  ${names.join('  ')}\n`));
  const width = Math.max(0, ...plan.images.map((i) => i.name.length));
  for (const image of plan.images) {
    const [first, ...rest] = image.reasons;
    const more = rest.length === 0 ? '' : io.c.dim(` (+${rest.length} more)`);
    io.out.write(`  ${image.name.padEnd(width)}  ${io.c.dim(first ?? '')}${more}\n`);
  }
}
