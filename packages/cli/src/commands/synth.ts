import { type SynthResult } from '@dockerdsl/core';
import { manifestName } from '@dockerdsl/core/tooling';
import { staleFiles } from '../synth/stale-files.js';
import { planProject } from '../synth/plan-project.js';
import { conflictSummary, writeSynth } from '../synth/write-synth.js';
import { ExitCode } from '../ui/exit.js';
import { displayPath, type Output } from '../ui/output.js';
import { writeJson } from '../ui/json.js';
import { parseFailureThreshold, thresholdText } from '../ui/failure-threshold.js';
import { countText, failingFindings, printDiagnostics } from '../ui/print-diagnostics.js';

/** Flags of `dsl synth`. */
export interface SynthFlags {
  config?: string;
  out?: string;
  stdout?: boolean;
  check?: boolean;
  force?: boolean;
  frozen?: boolean;
  /** `--no-pin-pushed` arrives as `pinPushed: false`. */
  pinPushed?: boolean;
  /** `error` (default), `warning`, `info` or `none`: findings this severe or worse fail the run. */
  failureThreshold?: string;
  json?: boolean;
}

/**
 * `dsl synth`: compile the project and write (or print, or check) the generated files. Errors
 * stop it (exit 1, nothing written), and so do findings at `--failure-threshold` or above.
 *
 * @example
 * process.exitCode = await synthCommand({ check: true }, processOutput());
 */
export async function synthCommand(flags: SynthFlags, io: Output): Promise<number> {
  const threshold = parseFailureThreshold(flags.failureThreshold, 'error');
  const { plan } = await planProject(io.cwd, flags.config, { ...(flags.out !== undefined ? { outDir: flags.out } : {}), cwd: io.cwd, frozen: flags.frozen === true, pinPushed: flags.pinPushed !== false });
  if (!flags.json) printDiagnostics(io, plan.diagnostics, { minSeverity: 'info' });
  // Under `npm run`, INIT_CWD is where the user typed the command: show paths from there.
  const where = displayPath(io.env.INIT_CWD ?? io.cwd, plan.outDir);
  if (!plan.ok) {
    if (flags.json) writeJson(io, { ok: false, outDir: where, diagnostics: plan.diagnostics });
    else io.err.write(`${io.ce.red('synth failed')}: ${countText(plan.diagnostics)}; nothing was written\n`);
    return ExitCode.Failure;
  }
  const failing = failingFindings(plan.diagnostics, threshold);
  if (failing.length > 0) {
    if (flags.json) writeJson(io, { ok: false, outDir: where, diagnostics: plan.diagnostics });
    else io.err.write(`${io.ce.red('synth failed')}: ${thresholdText(failing, threshold)}; nothing was written\n`);
    return ExitCode.Failure;
  }
  if (flags.stdout) return printFiles(plan, io, flags.json === true);
  if (flags.check) {
    const stale = staleFiles(plan, io.cwd);
    if (flags.json) writeJson(io, { ok: stale.length === 0, outDir: where, stale: stale.map(({ path, state }) => ({ path, state })), diagnostics: plan.diagnostics });
    else if (stale.length === 0) io.out.write(`${io.c.green('up to date')}: ${plan.files.length} files in ${where}\n`);
    else {
      for (const s of stale) io.out.write(colourDiff(s.diff, io));
      io.err.write(`${io.ce.red('stale')}: ${stale.length} file${stale.length === 1 ? '' : 's'} in ${where} differ from the definitions (${stale.map((s) => `${s.path} ${s.state}`).join(', ')}); run \`dsl synth\`\n`);
    }
    return stale.length === 0 ? ExitCode.Ok : ExitCode.Failure;
  }
  const report = writeSynth(plan, { force: flags.force === true });
  if (report.conflicts.length > 0) {
    if (flags.json) writeJson(io, { ok: false, outDir: where, conflicts: report.conflicts, ...(report.claimedBy ? { claimedBy: report.claimedBy } : {}), diagnostics: plan.diagnostics });
    else io.err.write(`${io.ce.red('refusing to overwrite')} ${conflictSummary(report, where, (p) => displayPath(io.cwd, p))}\n  nothing was written; ${report.claimedBy ? 'give this config its own output folder (outDir or --out)' : 'move them away'} or pass --force to take them over\n`);
    return ExitCode.Failure;
  }
  if (flags.json) {
    writeJson(io, { ok: true, outDir: where, images: plan.images.map((i) => i.image.name), ...report, diagnostics: plan.diagnostics });
    return ExitCode.Ok;
  }
  const images = plan.images.length;
  io.out.write(`dsl synth: ${images} image${images === 1 ? '' : 's'} → ${io.c.bold(where)}\n`);
  const status = new Map<string, string>([...report.written.map((f) => [f, io.c.green('written')] as const), ...report.unchanged.map((f) => [f, io.c.dim('unchanged')] as const)]);
  const width = Math.max(...plan.files.map((f) => f.path.length));
  for (const file of plan.files) if (file.path !== manifestName) io.out.write(`  ${file.path.padEnd(width)}  ${status.get(file.path)}\n`);
  for (const file of report.removed) io.out.write(`  ${file.padEnd(width)}  ${io.c.yellow('removed')}\n`);
  for (const file of report.kept) io.out.write(`  ${file.padEnd(width)}  ${io.c.yellow('kept')} (no longer generated, but changed since dsl wrote it or not provably dsl's; remove it by hand)\n`);
  return ExitCode.Ok;
}

function printFiles(plan: SynthResult, io: Output, json: boolean): number {
  const files = plan.files.filter((f) => f.path !== manifestName);
  if (json) writeJson(io, { ok: true, files, diagnostics: plan.diagnostics });
  else if (plan.images.length === 1) io.out.write(files.find((f) => f.path.endsWith('.Dockerfile'))!.content);
  else for (const f of files) io.out.write(`# ==> ${f.path} <==\n${f.content}${f.content.endsWith('\n') ? '' : '\n'}\n`);
  return ExitCode.Ok;
}

function colourDiff(diff: string, io: Output): string {
  return diff
    .split('\n')
    .map((l) => (l.startsWith('+') && !l.startsWith('+++') ? io.c.green(l) : l.startsWith('-') && !l.startsWith('---') ? io.c.red(l) : l.startsWith('@@') ? io.c.cyan(l) : l))
    .join('\n');
}
