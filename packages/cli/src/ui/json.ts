import type { Output } from './output.js';

/**
 * Writes one JSON document to stdout (the `--json` output of every command).
 *
 * @example
 * writeJson(io, { ok: true });
 */
export function writeJson(io: Output, value: unknown): void {
  io.out.write(`${JSON.stringify(value, null, 2)}\n`);
}
