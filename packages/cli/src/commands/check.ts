import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkDockerfile, compose, diagnosticFormats, formatDiagnostics, shouldFail, type Diagnostic, type DiagnosticFormat } from '@dockerdsl/core';
import { planProject } from '../synth/plan-project.js';
import { ExitCode, UsageError } from '../ui/exit.js';
import type { Output } from '../ui/output.js';
import { countText, printDiagnostics } from '../ui/print-diagnostics.js';

/** Flags of `dsl check`. */
export interface CheckFlags {
  config?: string;
  format?: string;
  strict?: boolean;
  json?: boolean;
}

/**
 * `dsl check [FILE…]`: run every rule over the project's definitions, or over the Dockerfiles
 * and Compose files given, and print the findings (text, json, github or sarif). Exit 1 on
 * errors, and on warnings with `--strict`.
 *
 * @example
 * process.exitCode = await checkCommand(['Dockerfile'], { format: 'github' }, processOutput());
 */
export async function checkCommand(files: readonly string[], flags: CheckFlags, io: Output): Promise<number> {
  const format = flags.json ? 'json' : (flags.format ?? 'text');
  if (!(diagnosticFormats as readonly string[]).includes(format)) throw new UsageError(`--format is one of ${diagnosticFormats.join(', ')}, not '${format}'`);
  const diagnostics = files.length > 0 ? files.flatMap((f) => checkFile(resolve(io.cwd, f), io.cwd)) : await checkProject(io, flags.config);
  const failed = shouldFail(diagnostics, { strict: flags.strict === true });
  if (format === 'text') {
    printDiagnostics(io, diagnostics);
    io.err.write(`${failed ? io.ce.red('check failed') : io.ce.green('check passed')}: ${countText(diagnostics)}\n`);
  } else io.out.write(formatDiagnostics(diagnostics, format as DiagnosticFormat, io.cwd));
  return failed ? ExitCode.Failure : ExitCode.Ok;
}

async function checkProject(io: Output, config?: string): Promise<Diagnostic[]> {
  return (await planProject(io.cwd, config)).plan.diagnostics;
}

function checkFile(file: string, cwd: string): Diagnostic[] {
  const text = read(file);
  if (text === undefined) throw new UsageError(`cannot read ${file}`);
  const shown = file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
  if (/\.ya?ml$/i.test(file)) {
    const read = compose.readCompose(text, { file: shown });
    return read.ok ? [...read.diagnostics, ...compose.checkStack(read.stack)] : read.diagnostics;
  }
  // BuildKit reads `<Dockerfile>.dockerignore` first, then the context's `.dockerignore`.
  const ignore = read(`${file}.dockerignore`) ?? read(join(dirname(file), '.dockerignore'));
  const dockerignore = ignore?.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return checkDockerfile(text, { file: shown || basename(file), ...(dockerignore ? { dockerignore } : {}) }).diagnostics;
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
