import type { Diagnostic } from '@dockerdsl/core';
import { formatDiagnostics } from '@dockerdsl/core/tooling';
import type { Output } from './output.js';

/** What every `--json` / `--format json` output is: `ok`, the command's fields, the diagnostics. */
export interface JsonEnvelope {
  ok: boolean;
  diagnostics?: readonly Diagnostic[];
  [field: string]: unknown;
}

/**
 * Writes the one JSON document of a command to stdout, in the envelope every command shares:
 * `{ "ok": …, <the command's fields>, "diagnostics": [...] }`, the diagnostics always present
 * and shaped as `dsl check --format json` prints them (paths relative to the working folder).
 *
 * @example
 * writeJson(io, { ok: true, images: [] }); // {"ok":true,"images":[],"diagnostics":[]}
 */
export function writeJson(io: Output, { ok, diagnostics = [], ...fields }: JsonEnvelope): void {
  const shaped: unknown = JSON.parse(formatDiagnostics(diagnostics, 'json', io.cwd));
  io.out.write(`${JSON.stringify({ ok, ...fields, diagnostics: shaped }, null, 2)}\n`);
}
