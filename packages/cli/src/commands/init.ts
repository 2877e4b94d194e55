import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { didYouMean } from '@dockerdsl/core/tooling';
import { gitignoreWith } from '../init/gitignore.js';
import { installCommand, moduleSetup, projectDevDependencies } from '../init/package-json.js';
import { imageNameFor, starterConfig, starterKinds, type StarterKind } from '../init/templates.js';
import { writeAtomic } from '../synth/write-synth.js';
import { ExitCode, UsageError } from '../ui/exit.js';
import type { Output } from '../ui/output.js';
import { version } from '../version.js';

/**
 * `dsl init [node|go|python]`: turn the current folder into a dsl project that type-checks —
 * a starter config on the kind's preset (node when no kind is given), `"type": "module"` in
 * package.json (or a `.mts` config when the package already has CommonJS code), a tsconfig (or
 * the config added to the existing one), `.gitignore` entries for the output, and the exact
 * command that installs the dev dependencies. Refuses to replace a config without `--force`.
 *
 * @example
 * process.exitCode = await initCommand('go', {}, processOutput());
 */
export async function initCommand(kind: string | undefined, flags: { force?: boolean; config?: string }, io: Output): Promise<number> {
  const chosen = kind ?? 'node';
  if (!(starterKinds as readonly string[]).includes(chosen)) {
    const guess = didYouMean(chosen, starterKinds);
    throw new UsageError(`no starter for '${chosen}'${guess ? ` (did you mean '${guess}'?)` : ''}; choose ${starterKinds.join(', ')}`);
  }
  const manifestPath = join(io.cwd, 'package.json');
  const manifest = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : undefined;
  const name = imageNameFor(manifestName(manifest) ?? basename(io.cwd));
  const setup = moduleSetup(manifest, name, hasCommonJsCode(io.cwd, manifest));
  const file = resolve(io.cwd, typeof flags.config === 'string' ? flags.config : setup.esm ? 'dsl.config.ts' : 'dsl.config.mts');
  if (!setup.esm && extname(file) === '.ts') {
    throw new UsageError(`package.json makes ${relative(io.cwd, file)} a CommonJS file and the package has CommonJS code; name the config .mts`);
  }
  if (existsSync(file) && !flags.force) {
    io.err.write(`${io.ce.red('error')} ${relative(io.cwd, file)} already exists; pass --force to replace it\n`);
    return ExitCode.Failure;
  }
  const gitignorePath = join(io.cwd, '.gitignore');
  const gitignore = gitignoreWith(existsSync(gitignorePath) ? readFileSync(gitignorePath, 'utf8') : undefined, ['node_modules/', '.dsl/']);

  const done: string[] = [];
  mkdirSync(dirname(file), { recursive: true });
  writeAtomic(file, starterConfig(chosen as StarterKind, name));
  done.push(`wrote ${relative(io.cwd, file)} (${chosen} preset, image '${name}')`);
  // Loaded here: it pulls in the TypeScript compiler to read an existing tsconfig as tsc would,
  // which lists only files that exist — hence after the config is written.
  const { tsconfigPlan } = await import('../init/tsconfig.js');
  const tsconfig = tsconfigPlan(io.cwd, file);
  if (setup.text !== undefined) {
    writeAtomic(manifestPath, setup.text);
    done.push(setup.change!);
  }
  if (tsconfig.text !== undefined) {
    writeAtomic(join(io.cwd, 'tsconfig.json'), tsconfig.text);
    done.push(tsconfig.change!);
  }
  if (gitignore !== undefined) {
    writeAtomic(gitignorePath, gitignore);
    done.push('added node_modules/ and .dsl/ to .gitignore');
  }
  if (tsconfig.warning) io.err.write(`${tsconfig.warning.split('\n').map((line) => `${io.ce.yellow('warning')} ${line}`).join('\n')}\n`);

  const install = installCommand(projectDevDependencies(version), setup.text ?? manifest, readdirSync(io.cwd));
  const explicitConfig = typeof flags.config === 'string' ? ` --config ${relative(io.cwd, file)}` : '';
  const next = [...(install ? [install] : []), 'npx tsc --noEmit', `npx dsl synth${explicitConfig}`];
  io.out.write(`${done.join('\n')}\n\nnext:\n${next.map((line) => `  ${io.c.bold(line)}`).join('\n')}\n`);
  return ExitCode.Ok;
}

function manifestName(manifest: string | undefined): string | undefined {
  if (manifest === undefined) return undefined;
  const { name } = JSON.parse(manifest) as { name?: unknown };
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/** Whether turning the package into an ES module package would change how existing code runs. */
function hasCommonJsCode(dir: string, manifest: string | undefined): boolean {
  if (manifest === undefined) return false;
  const { main } = JSON.parse(manifest) as { main?: unknown };
  if (typeof main === 'string' && /\.js$/.test(main) && existsSync(join(dir, main))) return true;
  return ['.', 'src', 'lib'].some((sub) => {
    const folder = join(dir, sub);
    return existsSync(folder) && readdirSync(folder).some((entry) => /\.jsx?$/.test(entry));
  });
}
