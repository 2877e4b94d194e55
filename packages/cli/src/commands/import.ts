import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { hasErrors } from '@dockerdsl/core';
import { writeAtomic } from '../synth/write-synth.js';
import { ExitCode, UsageError } from '../ui/exit.js';
import { displayPath, type Output } from '../ui/output.js';
import { printDiagnostics } from '../ui/print-diagnostics.js';

/** Flags of `dsl import`. */
export interface ImportFlags {
  out?: string;
  force?: boolean;
}

/**
 * `dsl import FILE… [--out FILE.ts]`: turns Dockerfiles and Compose files (`.yaml`/`.yml`) into
 * one TypeScript module that uses the public API. Prints it, or writes it atomically to `--out` (never over an existing file
 * without `--force`). Exit 1 when a file has errors, and then nothing is written.
 *
 * @example
 * process.exitCode = await importCommand(['Dockerfile'], { out: 'dsl.images.ts' }, processOutput());
 */
export async function importCommand(files: readonly string[], flags: ImportFlags, io: Output): Promise<number> {
  if (files.length === 0) throw new UsageError('dsl import needs at least one Dockerfile or Compose file');
  const out = flags.out === undefined ? undefined : resolve(io.cwd, flags.out);
  if (out && existsSync(out) && !flags.force) throw new UsageError(`${displayPath(io.cwd, out)} exists; pass --force to replace it`);
  // ts-morph is slow to load: only this command pulls it in.
  const { importFiles } = await import('../codegen/index.js');
  const { text, diagnostics } = await importFiles(files.map((f) => resolve(io.cwd, f)), { cwd: io.cwd });
  printDiagnostics(io, diagnostics, { minSeverity: 'info' });
  if (hasErrors(diagnostics)) return ExitCode.Failure;
  if (!out) {
    io.out.write(text);
    return ExitCode.Ok;
  }
  writeAtomic(out, text);
  io.err.write(`wrote ${displayPath(io.cwd, out)} from ${files.length} file${files.length === 1 ? '' : 's'}\n`);
  return ExitCode.Ok;
}
