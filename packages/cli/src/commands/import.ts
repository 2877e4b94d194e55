import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { hasErrors } from '@dockerdsl/core';
import { configCodes } from '../config/config-error.js';
import { readSource } from '../files/read-source.js';
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
 * without `--force`; a folder that does not exist is DSL5913, not created). Exit 1 when a file
 * has errors, and then nothing is written.
 *
 * @example
 * process.exitCode = await importCommand(['Dockerfile'], { out: 'dsl.images.ts' }, processOutput());
 */
export async function importCommand(files: readonly string[], flags: ImportFlags, io: Output): Promise<number> {
  if (files.length === 0) throw new UsageError('dsl import needs at least one Dockerfile or Compose file');
  const out = flags.out === undefined ? undefined : resolve(io.cwd, flags.out);
  if (out && existsSync(out) && !flags.force) throw new UsageError(`${displayPath(io.cwd, out)} exists; pass --force to replace it`);
  // Read first: a file that cannot be read (a FIFO, a device, too large) is reported before
  // ts-morph, slow to load, is pulled in.
  const inputs = files.map((f) => ({ path: resolve(io.cwd, f), file: relative(io.cwd, resolve(io.cwd, f)) || f }));
  const reads = inputs.map(({ path, file }) => ({ file, read: readSource(path, file) }));
  const unread = reads.flatMap(({ read }) => (read.ok ? [] : [read.diagnostic]));
  if (unread.length > 0) {
    printDiagnostics(io, unread, { minSeverity: 'info' });
    return ExitCode.Failure;
  }
  const { importSources } = await import('../codegen/index.js');
  const { text, diagnostics } = importSources(reads.map(({ file, read }) => ({ file, text: (read as { text: string }).text })), { cwd: io.cwd });
  printDiagnostics(io, diagnostics, { minSeverity: 'info' });
  if (hasErrors(diagnostics)) return ExitCode.Failure;
  if (!out) {
    io.out.write(text);
    return ExitCode.Ok;
  }
  try {
    writeAtomic(out, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? `folder ${displayPath(io.cwd, dirname(out))} does not exist` : (code ?? String(error));
    printDiagnostics(io, [{ ...configCodes.outputFile, severity: 'error', message: `cannot write ${displayPath(io.cwd, out)}: ${reason}`, path: [] }]);
    return ExitCode.Failure;
  }
  io.err.write(`wrote ${displayPath(io.cwd, out)} from ${files.length} file${files.length === 1 ? '' : 's'}\n`);
  return ExitCode.Ok;
}
