import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { outputLockName } from '@dockerdsl/core/tooling';

/**
 * Two `dsl synth` runs on one folder would delete each other's files, so a run holds this lock
 * while it writes: a file created exclusively (O_EXCL) holding the owner's process id. A lock
 * whose process is gone (killed with `kill -9`) is stale and taken over; a live one is waited
 * for, up to `timeoutMs`, after which `acquireOutputLock` returns undefined.
 *
 * @example
 * const release = acquireOutputLock('/repo/.dsl/out');
 * if (!release) throw new Error('another synth is writing there');
 * try { write(); } finally { release(); }
 */
export function acquireOutputLock(outDir: string, timeoutMs = 30_000): (() => void) | undefined {
  const file = join(outDir, outputLockName);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = lockOwner(file);
    // No pid yet means the owner is between creating and writing the file: wait for it, unless
    // the file has stayed empty for seconds (its owner died in between).
    if (owner === undefined ? olderThan(file, 5_000) : !isAlive(owner)) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline) return undefined;
    sleep(50);
  }
}

/**
 * The process id written in a lock file, if it can be read.
 *
 * @example
 * lockOwner('/repo/.dsl/out/.dsl-synth.lock'); // 4242
 */
export function lockOwner(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function olderThan(file: string, ms: number): boolean {
  try {
    return statSync(file).mtimeMs < Date.now() - ms;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}
