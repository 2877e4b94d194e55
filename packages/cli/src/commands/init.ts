import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { didYouMean } from '@dockerdsl/core';
import { starterConfig, starterKinds, type StarterKind } from '../init/templates.js';
import { writeAtomic } from '../synth/write-synth.js';
import { ExitCode, UsageError } from '../ui/exit.js';
import type { Output } from '../ui/output.js';

/**
 * `dsl init [node|go|python]`: write a starter `dsl.config.ts` in the current folder (node when
 * no kind is given). Refuses to replace an existing one without `--force`.
 *
 * @example
 * process.exitCode = await initCommand('go', {}, processOutput());
 */
export async function initCommand(kind: string | undefined, flags: { force?: boolean }, io: Output): Promise<number> {
  const chosen = kind ?? 'node';
  if (!(starterKinds as readonly string[]).includes(chosen)) {
    const guess = didYouMean(chosen, starterKinds);
    throw new UsageError(`no starter for '${chosen}'${guess ? ` (did you mean '${guess}'?)` : ''}; choose ${starterKinds.join(', ')}`);
  }
  const file = join(io.cwd, 'dsl.config.ts');
  if (existsSync(file) && !flags.force) {
    io.err.write(`${io.ce.red('error')} ${relative(io.cwd, file)} already exists; pass --force to replace it\n`);
    return ExitCode.Failure;
  }
  writeAtomic(file, starterConfig(chosen as StarterKind));
  io.out.write(`wrote ${relative(io.cwd, file)} (${chosen}); next: ${io.c.bold('dsl synth')}\n`);
  return ExitCode.Ok;
}
