import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileImage, hasErrors, parseDockerfile, type Diagnostic } from '@dockerdsl/core';
import { loadProject } from '../config/load-project.js';
import { planSynth } from '../synth/plan-synth.js';
import { ExitCode, UsageError } from '../ui/exit.js';
import { writeJson } from '../ui/json.js';
import type { Output } from '../ui/output.js';
import { countText, printDiagnostics } from '../ui/print-diagnostics.js';

/** Flags of `dsl check`. */
export interface CheckFlags {
  config?: string;
  format?: string;
  strict?: boolean;
  json?: boolean;
}

const formats = ['text', 'json'] as const;

/**
 * `dsl check [FILE…]`: check the project's definitions, or the Dockerfiles given, and print the
 * findings. Exit 1 on errors (and on warnings with `--strict`).
 *
 * @example
 * process.exitCode = await checkCommand(['Dockerfile'], { format: 'json' }, processOutput());
 */
export async function checkCommand(files: readonly string[], flags: CheckFlags, io: Output): Promise<number> {
  const format = flags.json ? 'json' : (flags.format ?? 'text');
  if (!(formats as readonly string[]).includes(format)) throw new UsageError(`--format is one of ${formats.join(', ')}, not '${format}'`);
  const diagnostics = files.length > 0 ? files.flatMap((f) => checkFile(resolve(io.cwd, f))) : await checkProject(io, flags.config);
  const failed = hasErrors(diagnostics) || (flags.strict === true && diagnostics.some((d) => d.severity === 'warning'));
  if (format === 'json') writeJson(io, { ok: !failed, diagnostics });
  else {
    printDiagnostics(io, diagnostics);
    io.err.write(`${failed ? io.ce.red('check failed') : io.ce.green('check passed')}: ${countText(diagnostics)}\n`);
  }
  return failed ? ExitCode.Failure : ExitCode.Ok;
}

async function checkProject(io: Output, config?: string): Promise<Diagnostic[]> {
  const project = await loadProject(io.cwd, config);
  return planSynth(project.config, project.configFile).diagnostics;
}

function checkFile(file: string): Diagnostic[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const parsed = parseDockerfile(text, { file });
  if (!parsed.image) return parsed.diagnostics;
  const compiled = compileImage(parsed.image, { path: ['image'] });
  return [...parsed.diagnostics, ...compiled.diagnostics];
}
