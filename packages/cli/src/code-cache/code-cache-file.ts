import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * One script's V8 code cache on disk, stored together with the exact source it was made from.
 * A read hands the cache out only for byte-identical source on the same Node version and CPU
 * architecture, so an edited or rebuilt bundle can never run with another file's code (V8's own
 * check compares little more than the source's length). Comparing the bytes costs less than
 * hashing them, and needs no `node:crypto` on the start-up path.
 *
 * Layout: one JSON header line (`format`, `node`, `arch`, `sourceBytes`), the source, the cache.
 *
 * @example
 * const entry = new CodeCacheFile('/repo/node_modules/.cache/dockerdsl/code/cli.cjs.v8');
 * const cachedData = entry.read(source); // undefined on a miss
 * entry.write(source, () => script.createCachedData());
 */
export class CodeCacheFile {
  constructor(readonly path: string) {}

  /** The cached data for `source`, or undefined when there is none or it was made from other code. */
  read(source: Buffer): Buffer | undefined {
    let file: Buffer;
    try {
      file = readFileSync(this.path);
    } catch {
      return undefined;
    }
    const newline = file.indexOf(10);
    if (newline < 0 || file.toString('latin1', 0, newline) !== header(source)) return undefined;
    const start = newline + 1;
    const end = start + source.length;
    if (file.length <= end || !file.subarray(start, end).equals(source)) return undefined;
    return file.subarray(end);
  }

  /**
   * Stores the cache for `source`: atomically (a temporary file renamed into place), and without
   * throwing. `data` is only called once the file can be written, since serialising the code
   * cache costs milliseconds a read-only cache folder should not pay on every run.
   */
  write(source: Buffer, data: () => Buffer): boolean {
    const temp = `${this.path}.${process.pid}.tmp`;
    let fd: number | undefined;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      fd = openSync(temp, 'w');
      const bytes = data();
      writeSync(fd, `${header(source)}\n`);
      writeSync(fd, source);
      writeSync(fd, bytes);
      closeSync(fd);
      fd = undefined;
      renameSync(temp, this.path);
      return true;
    } catch {
      try {
        if (fd !== undefined) closeSync(fd);
        rmSync(temp, { force: true });
      } catch {
        // nothing was written, or nothing can be: either way no cache this time
      }
      return false;
    }
  }
}

function header(source: Buffer): string {
  return JSON.stringify({ format: 1, node: process.version, arch: process.arch, sourceBytes: source.length });
}
