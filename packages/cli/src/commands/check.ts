import { readFileSync } from 'node:fs';
import { compose, type Diagnostic, type Severity } from '@dockerdsl/core';
import { builtinRules, checkDockerfile, diagnosticFormats, formatDiagnostics, formatSarif, type DiagnosticFormat } from '@dockerdsl/core/tooling';
import { checkTargets, type CheckTarget } from '../check/check-targets.js';
import { DockerignoreReader } from '../check/dockerignore-reader.js';
import { readSource } from '../files/read-source.js';
import { planProject } from '../synth/plan-project.js';
import { ExitCode, UsageError } from '../ui/exit.js';
import type { Output } from '../ui/output.js';
import { writeJson } from '../ui/json.js';
import { parseFailureThreshold } from '../ui/failure-threshold.js';
import { atLeast, countText, failingFindings, printDiagnostics } from '../ui/print-diagnostics.js';
import { version } from '../version.js';

/** Flags of `dsl check`. */
export interface CheckFlags {
  config?: string;
  format?: string;
  strict?: boolean;
  json?: boolean;
  quiet?: boolean;
  minSeverity?: string;
  failureThreshold?: string;
}

const severities: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * `dsl check [PATH…]`: run every rule over the project's definitions, or over the Dockerfiles
 * and Compose files given — a folder stands for every Dockerfile under it (see `checkTargets`)
 * — and print the findings (text, json, github or sarif). Exit 1 on errors, on warnings with
 * `--strict`, or on findings at `--failure-threshold` or above (`none`: never).
 *
 * @example
 * process.exitCode = await checkCommand(['services', 'compose.yaml'], { format: 'github' }, processOutput());
 */
export async function checkCommand(paths: readonly string[], flags: CheckFlags, io: Output): Promise<number> {
  const format = flags.json ? 'json' : (flags.format ?? 'text');
  if (!(diagnosticFormats as readonly string[]).includes(format)) throw new UsageError(`--format is one of ${diagnosticFormats.join(', ')}, not '${format}'`);
  const minSeverity = flags.minSeverity ?? 'info';
  if (!(severities as readonly string[]).includes(minSeverity)) throw new UsageError(`--min-severity is one of ${severities.join(', ')}, not '${minSeverity}'`);
  const threshold = parseFailureThreshold(flags.failureThreshold, flags.strict ? 'warning' : 'error');
  const found = paths.length > 0 ? checkFiles(checkTargets(paths, io.cwd)) : await checkProject(io, flags.config);
  // Findings below the threshold are neither shown nor counted; the exit code never depends on them.
  const diagnostics = atLeast(found, minSeverity as Severity);
  // Findings below the failure threshold are shown and counted, but do not fail the run.
  const failed = failingFindings(diagnostics, threshold).length > 0;
  // The findings are the result, so they go to stdout (`dsl check > report.txt`); the summary is a side note.
  if (format === 'text') {
    printDiagnostics(io, diagnostics, { to: 'out', minSeverity: 'info' });
    if (!flags.quiet) io.err.write(`${failed ? io.ce.red('check failed') : io.ce.green('check passed')}: ${countText(diagnostics)}\n`);
  } else if (format === 'json') writeJson(io, { ok: !failed, diagnostics });
  else if (format === 'sarif') io.out.write(formatSarif(diagnostics, { cwd: io.cwd, version, rules: [...builtinRules, ...compose.composeRules] }));
  else io.out.write(formatDiagnostics(diagnostics, format as DiagnosticFormat, io.cwd));
  return failed ? ExitCode.Failure : ExitCode.Ok;
}

async function checkProject(io: Output, config?: string): Promise<Diagnostic[]> {
  return (await planProject(io.cwd, config)).plan.diagnostics;
}

function checkFiles(targets: readonly CheckTarget[]): Diagnostic[] {
  const ignores = new DockerignoreReader();
  return targets.flatMap((target) => checkFile(target, ignores));
}

function checkFile({ file, shown, compose: isCompose }: CheckTarget, ignores: DockerignoreReader): Diagnostic[] {
  const read = readSource(file, shown);
  if (!read.ok) return [read.diagnostic];
  const text = read.text;
  if (isCompose) {
    const read = compose.readCompose(text, { file: shown });
    return read.ok ? [...read.diagnostics, ...compose.checkStack(read.stack, undefined, { ignoreComments: read.ignoreComments })] : read.diagnostics;
  }
  const dockerignore = ignores.linesFor(file);
  return checkDockerfile(text, { file: shown, ...(dockerignore ? { dockerignore } : {}) }).diagnostics;
}
