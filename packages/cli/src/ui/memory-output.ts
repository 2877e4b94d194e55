import { Writable } from 'node:stream';
import { colorsFor } from './colors.js';
import type { Output } from './output.js';

/** An `Output` that keeps what was written, with the text so far. */
export interface MemoryOutput extends Output {
  stdout(): string;
  stderr(): string;
}

/**
 * An in-memory `Output` for running commands from code and tests: no colour unless the env
 * asks for it, not a TTY.
 *
 * @example
 * const io = memoryOutput('/repo');
 * await main(['ls'], io);
 * io.stdout();
 */
export function memoryOutput(cwd: string, env: NodeJS.ProcessEnv = {}, tty = false): MemoryOutput {
  const sink = (chunks: string[]): Writable & { isTTY: boolean; columns: number } =>
    Object.assign(
      new Writable({
        write(chunk: Buffer | string, _encoding, done) {
          chunks.push(chunk.toString());
          done();
        },
      }),
      { isTTY: tty, columns: 120 },
    );
  const out: string[] = [];
  const err: string[] = [];
  const outStream = sink(out);
  const errStream = sink(err);
  return { out: outStream, err: errStream, c: colorsFor(outStream, env), ce: colorsFor(errStream, env), cwd, env, stdout: () => out.join(''), stderr: () => err.join('') };
}
