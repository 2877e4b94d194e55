import { writeFileSync } from 'node:fs';
import { hasErrors, type Diagnostic } from '@dockerdsl/core';
import { formatLock, lockDiagnostic, plainImage } from '@dockerdsl/core/tooling';
import { loadProject } from '../config/load-project.js';
import { registryCredentials } from '../lock/docker-credentials.js';
import { projectReferences } from '../lock/project-references.js';
import { readProjectLock } from '../lock/read-lock.js';
import { RegistryClient } from '../lock/registry-client.js';
import { lockDrift, selects, short, updateLock, type LockChange, type Resolver } from '../lock/update-lock.js';
import { ExitCode, UsageError } from '../ui/exit.js';
import { writeJson } from '../ui/json.js';
import { displayPath, type Output } from '../ui/output.js';
import { countText, printDiagnostics } from '../ui/print-diagnostics.js';

/** Flags of `dsl lock`. */
export interface LockFlags {
  config?: string;
  check?: boolean;
  update?: boolean;
  json?: boolean;
}

/**
 * `dsl lock [IMAGE…]`: resolves the project's image references to digests and writes
 * `dsl.lock.json` beside the config (only when it changes); `--check` writes nothing and exits 1
 * when a locked tag moved or the lock is out of date; `--update` resolves the named references
 * (all without names) again.
 *
 * @example
 * process.exitCode = await lockCommand([], { check: true }, processOutput());
 */
export async function lockCommand(names: readonly string[], flags: LockFlags, io: Output, registry: Resolver = defaultRegistry(io)): Promise<number> {
  if (flags.check && flags.update) throw new UsageError('--check and --update cannot be used together');
  if (names.length > 0 && !flags.update) throw new UsageError('name images only with --update (`dsl lock --update busybox`)');
  const { config, configFile } = await loadProject(io.cwd, flags.config);
  const refs = projectReferences(config.images.map(plainImage), config.compose ?? []);
  const read = readProjectLock(configFile);
  const where = displayPath(io.env.INIT_CWD ?? io.cwd, read.file);
  if (read.diagnostics.length > 0 && !(flags.update && names.length === 0)) return fail(io, flags, read.diagnostics, 'the lock file cannot be read; fix it, or run `dsl lock --update` to write it anew');
  if (flags.check) {
    const { moved, diagnostics } = await lockDrift(refs, read.lock ?? { version: 1, images: {} }, registry);
    if (flags.json) writeJson(io, { ok: !hasErrors(diagnostics), lock: where, moved, diagnostics });
    else {
      printDiagnostics(io, diagnostics);
      if (!hasErrors(diagnostics)) io.out.write(`${io.c.green('up to date')}: ${refs.length} reference${refs.length === 1 ? '' : 's'} in ${where} still name their locked digests\n`);
      else if (moved.length > 0) io.err.write(`${io.ce.red('moved')}: ${moved.map((m) => m.ref).join(', ')}; run \`dsl lock --update\`\n`);
    }
    return hasErrors(diagnostics) ? ExitCode.Failure : ExitCode.Ok;
  }
  const unknown = names.filter((n) => !refs.some((r) => selects(n, r)));
  if (unknown.length > 0) return fail(io, flags, unknown.map((n) => lockDiagnostic('DSL5959', `no reference the project uses matches '${n}'`, ['lock'], { hint: `the project uses ${refs.map((r) => r.ref).join(', ') || 'no image references'}` })), 'nothing was written');
  const update = flags.update ? (ref: (typeof refs)[number]) => names.length === 0 || names.some((n) => selects(n, ref)) : undefined;
  const { lock, changes, diagnostics } = await updateLock(refs, read.lock, registry, update);
  if (hasErrors(diagnostics)) return fail(io, flags, diagnostics, 'nothing was written');
  const text = formatLock(lock);
  const changed = read.lock === undefined || changes.length > 0 || formatLock(read.lock) !== text;
  if (changed) writeFileSync(read.file, text);
  if (flags.json) {
    writeJson(io, { ok: true, lock: where, written: changed, changes, diagnostics });
    return ExitCode.Ok;
  }
  printDiagnostics(io, diagnostics);
  const count = Object.keys(lock.images).length;
  io.out.write(`dsl lock: ${count} image${count === 1 ? '' : 's'} → ${io.c.bold(where)}${changed ? '' : ` ${io.c.dim('(unchanged)')}`}\n`);
  for (const change of changes) io.out.write(changeLine(change, io));
  return ExitCode.Ok;
}

function changeLine({ ref, before, after }: LockChange, io: Output): string {
  if (!before) return `  ${io.c.green('+')} ${ref}  ${short(after!.digest)}  ${after!.platforms.join(', ')}\n`;
  if (!after) return `  ${io.c.red('-')} ${ref}\n`;
  return `  ${io.c.yellow('~')} ${ref}  ${short(before.digest)} → ${short(after.digest)}  ${after.platforms.join(', ')}\n`;
}

function fail(io: Output, flags: LockFlags, diagnostics: Diagnostic[], why: string): number {
  if (flags.json) writeJson(io, { ok: false, diagnostics });
  else {
    printDiagnostics(io, diagnostics);
    io.err.write(`${io.ce.red('lock failed')}: ${countText(diagnostics)}; ${why}\n`);
  }
  return ExitCode.Failure;
}

function defaultRegistry(io: Output): Resolver {
  return new RegistryClient({ credentials: (registry) => registryCredentials(registry, io.env) });
}
