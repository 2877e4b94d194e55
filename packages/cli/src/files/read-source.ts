import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '@dockerdsl/core';
import { parseCodes } from '@dockerdsl/core/tooling';

/**
 * The largest Dockerfile or Compose file `dsl check` and `dsl import` read: 1 MiB. Real files are
 * a few kilobytes; a larger one is generated or a mistake, and is refused before it is read.
 *
 * @example
 * readSource(file, shown, maxSourceBytes);
 */
export const maxSourceBytes = 1024 * 1024;

/**
 * A file's text, or the diagnostic saying why it was not read.
 *
 * @example
 * const read: SourceRead = readSource('/repo/Dockerfile', 'Dockerfile');
 */
export type SourceRead = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/**
 * Reads a Dockerfile or Compose file the user named, never hanging or filling memory: the file is
 * opened without blocking (a FIFO with no writer would otherwise wait forever), and anything
 * but a regular file (a FIFO, a device such as /dev/zero, a folder, a socket) is DSL5040; a
 * file over `limit` bytes is DSL5041 (only `limit + 1` bytes are read to know); a file that
 * cannot be opened is DSL5030. `shown` names the file in the diagnostic.
 *
 * @example
 * const read = readSource('/repo/Dockerfile', 'Dockerfile');
 * if (!read.ok) diagnostics.push(read.diagnostic);
 */
export function readSource(file: string, shown: string, limit = maxSourceBytes): SourceRead {
  const at = { file: shown, line: 1, column: 1 };
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { ok: false, diagnostic: parseDiagnostic('DSL5040', `${shown} is a folder, not a regular file`, [], at) };
    return { ok: false, diagnostic: parseDiagnostic('DSL5030', `cannot read ${shown}: ${code ?? String(error)}`, [], at) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, diagnostic: parseDiagnostic('DSL5040', `${shown} is ${kindOf(stat)}, not a regular file`, [], at) };
    if (stat.size > limit) return tooLarge(shown, limit);
    const chunks: Buffer[] = [];
    let total = 0;
    // Read until end of file rather than trusting the size: the file may grow while it is read.
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) return tooLarge(shown, limit);
    }
    return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
  } catch (error) {
    return { ok: false, diagnostic: parseDiagnostic('DSL5030', `cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, [], at) };
  } finally {
    closeSync(fd);
  }
}

function parseDiagnostic(code: 'DSL5030' | 'DSL5040' | 'DSL5041', message: string, path: [], source: Diagnostic['source']): Diagnostic {
  return { code, rule: parseCodes[code].rule, severity: 'error', message, path, ...(source ? { source } : {}) };
}

function tooLarge(shown: string, limit: number): SourceRead {
  const mib = (limit / 1024 / 1024).toFixed(limit % (1024 * 1024) === 0 ? 0 : 1);
  return { ok: false, diagnostic: parseDiagnostic('DSL5041', `${shown} is larger than ${mib} MiB; dsl reads Dockerfiles and Compose files up to that size`, [], { file: shown, line: 1, column: 1 }) };
}

function kindOf(stat: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}
