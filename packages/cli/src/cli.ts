import { cac } from 'cac';
import { ConfigError } from './config/config-error.js';
import { starterKinds, starterSummaries } from './init/templates.js';
import { ExitCode, UsageError } from './ui/exit.js';
import { failureThresholdOption } from './ui/failure-threshold.js';
import { processOutput, type Output } from './ui/output.js';

import { version } from './version.js';

export { version };

/**
 * Runs the `dsl` command with `argv` (without `node` and the script) and resolves to the exit
 * code: 0 ok, 1 diagnostics or build failure, 2 usage error. Commands load lazily, so `synth`
 * never pays for what `import` needs.
 *
 * @example
 * process.exitCode = await main(['synth', '--check']);
 */
export async function main(argv: readonly string[], io: Output = processOutput()): Promise<number> {
  const cli = cac('dsl');
  let result: Promise<number> = Promise.resolve(ExitCode.Ok);
  let started = false;
  const run = (load: () => Promise<number>): void => {
    started = true;
    result = load();
  };
  cli.option('--config <file>', 'Config file (default: dsl.config.{ts,mts,js,mjs} here or above)');
  cli
    .command('synth', 'Write a Dockerfile per image, compose.yaml, docker-bake.json and a manifest')
    .option('--out <dir>', 'Output folder (default: the config\'s outDir, else .dsl/out)')
    .option('--stdout', 'Print the files instead of writing them')
    .option('--check', 'Write nothing; exit 1 and print a diff when the files on disk are stale')
    .option('--force', 'Take over files in the output folder that dsl did not write')
    .option('--frozen', 'An image reference missing from dsl.lock.json is an error (for CI)')
    .option('--no-pin-pushed', 'Write Compose image: tags of project images without the digest dsl build --push recorded')
    .option(...failureThresholdOption('errors always fail, as nothing can be written'))
    .option('--json', 'Print the result as JSON')
    .action((flags) => run(async () => (await import('./commands/synth.js')).synthCommand(flags, io)));
  cli
    .command('build [...images]', 'Synth, then build the images with docker buildx bake (dependencies resolved inside BuildKit), skipping unchanged ones')
    .option('--builder <name>', 'The buildx builder to use (docker-container, kubernetes, remote…)')
    .option('--secret <spec>', 'A build secret: id=ID,src=FILE or id=ID,env=VARIABLE (repeatable)')
    .option('--ssh <spec>', 'An SSH agent or keys: default or ID=SOCKET|KEY[,KEY] (repeatable)')
    .option('--set <override>', 'Override a bake target value: TARGETPATTERN.KEY=VALUE (repeatable)')
    .option('--load', 'Load the images into the local image store (one platform only)')
    .option('--push', 'Push the images to their registry')
    .option('--output <spec>', 'Output destination, as buildx takes it: type=registry, type=oci,dest=… (repeatable)')
    .option('--platform <list>', 'Target platforms, comma-separated')
    .option('--cache-from <spec>', 'Extra cache source: type=registry,ref=… (repeatable)')
    .option('--cache-to <spec>', 'Extra cache export: type=registry,ref=…,mode=max (repeatable)')
    .option('--sbom <value>', 'SBOM attestation: true, false or generator=IMAGE')
    .option('--provenance <value>', 'Provenance attestation: true, false, mode=min or mode=max')
    .option('--no-cache', 'Build without the build cache')
    .option('--pull', 'Always pull newer base images')
    .option('--no-skip', 'Build even the images whose input digest matches the image already there')
    .option('--since <ref>', 'Build only the images that the changes since this git reference affect')
    .option('--files <list>', 'Build only the images these changed files affect (comma-separated or repeated)')
    .option('--metadata-file <file>', 'Write buildx\'s build metadata (digests per image) to the file')
    .option('--concurrency <n>', 'Images built at once when a failure makes dsl build them one by one (default: number of cores)')
    .option('--progress <mode>', 'plain (prefixed log lines) or tty (a live line per image)')
    .option('--dry-run', 'Print the docker command and build nothing')
    .option('--out <dir>', 'Output folder for the synthesised files')
    .option('--force', 'Take over files in the output folder that dsl did not write')
    .option('--frozen', 'An image reference missing from dsl.lock.json is an error (for CI)')
    .option('--no-pin-pushed', 'Write Compose image: tags of project images without the digest dsl build --push recorded')
    .option(...failureThresholdOption('errors always fail, as nothing can be built'))
    .option('--json', 'Print the result as JSON')
    .action((images: string[], flags) => run(async () => (await import('./commands/build.js')).buildCommand(images, flags, io)));
  cli
    .command('lock [...images]', 'Pin every image the project uses to its digest in dsl.lock.json')
    .option('--check', 'Write nothing; exit 1 when a locked tag moved or the lock is out of date')
    .option('--update', 'Resolve the given references (default: all) again, not only missing ones')
    .option('--json', 'Print the result as JSON')
    .example('  $ dsl lock                     # add what is missing, drop what is unused')
    .example('  $ dsl lock --check             # in a scheduled CI job: did a tag move?')
    .example('  $ dsl lock --update busybox    # move busybox:* to what its tags name now')
    .action((images: string[], flags) => run(async () => (await import('./commands/lock.js')).lockCommand(images, flags, io)));
  cli
    .command('check [...paths]', 'Check the definitions, or the given Dockerfiles, Compose files and folders')
    .option('--format <format>', 'text, json, github or sarif', { default: 'text' })
    .option('--strict', 'Fail on warnings too')
    .option('--json', 'Same as --format json')
    .option('--min-severity <level>', 'Show and count only findings at least this severe: error, warning or info (default: info)')
    .option(...failureThresholdOption('warning with --strict'))
    .option('--quiet', 'Print the findings only, without the summary line')
    .example('  $ dsl check                    # the definitions in dsl.config.ts')
    .example('  $ dsl check Dockerfile compose.yaml')
    .example('  $ dsl check services           # every Dockerfile, *.Dockerfile and Dockerfile.* under services/,')
    .example('                                 # sorted, skipping node_modules and .git; Compose files only when named')
    .action((paths: string[], flags) => run(async () => (await import('./commands/check.js')).checkCommand(paths, flags, io)));
  cli
    .command('import [...files]', 'Turn Dockerfiles and Compose files into a TypeScript module that uses the DSL')
    .option('--out <file>', 'Write the module here instead of printing it')
    .option('--force', 'Replace an existing --out file')
    .action((files: string[], flags) => run(async () => (await import('./commands/import.js')).importCommand(files, flags, io)));
  cli
    .command('init [kind]', 'Make this folder a dsl project: a starter config on a preset, package.json, tsconfig.json, .gitignore')
    .option('--force', 'Overwrite an existing dsl.config.ts')
    .example('  kinds:')
    .example(starterKinds.map((kind) => `    ${kind.padEnd(8)} ${starterSummaries[kind]}`).join('\n'))
    .example('  $ dsl init go')
    .example('  $ dsl init --config docker/dsl.config.ts')
    .action((kind: string | undefined, flags) => run(async () => (await import('./commands/init.js')).initCommand(kind, flags, io)));
  cli
    .command('plan', 'Say which images a change affects, in dependency levels (a CI matrix with --json)')
    .option('--since <ref>', 'Changes since this git reference (committed, staged, unstaged and untracked)')
    .option('--files <list>', 'Changed files, comma-separated or repeated (relative to the working directory)')
    .option('--out <dir>', 'Output folder of the synthesised files (where the Dockerfiles are)')
    .option('--json', 'Print the plan as JSON')
    .example('  $ dsl plan --since origin/main --json   # { levels, images, matrix: { include: [{ image, level }] } }')
    .action((flags) => run(async () => (await import('./commands/plan.js')).planCommand(flags, io)));
  cli
    .command('ls', 'List the images, their stages and tags')
    .option('--json', 'Print the list as JSON')
    .action((flags) => run(async () => (await import('./commands/ls.js')).lsCommand(flags, io)));
  cli.help();
  cli.version(version);
  // cac gives every --no-x flag a default of true, which help prints as "(default: true)".
  for (const command of [cli.globalCommand, ...cli.commands]) for (const option of command.options) if (option.negated) delete option.config.default;
  try {
    const parsed = cli.parse(['node', 'dsl', ...argv], { run: false });
    if (parsed.options.help || parsed.options.version) return ExitCode.Ok;
    const matched = cli.matchedCommand;
    if (!matched) {
      if (argv.length === 0) return usage(cli.outputHelp.bind(cli));
      const { unknownCommandMessage } = await import('./ui/usage-hints.js');
      return usageError(io, unknownCommandMessage(argv[0]!, cli.commands.map((c) => c.name)), 'dsl --help');
    }
    try {
      await cli.runMatchedCommand();
    } catch (error) {
      // Thrown before the command's action ran: the parser refused the arguments. Known by when
      // it happened, not by the error's class, whose name the bundler may have changed.
      if (started) throw error;
      const { optionFlags, usageMessage } = await import('./ui/usage-hints.js');
      const flags = optionFlags([...cli.globalCommand.options, ...matched.options].map((o) => o.rawName));
      return usageError(io, usageMessage(error instanceof Error ? error.message : String(error), flags), `dsl ${matched.name} --help`);
    }
    return await result;
  } catch (error) {
    return await reportError(error, io);
  }
}

function usageError(io: Output, message: string, help: string): number {
  io.err.write(`${io.ce.red('error')} ${message}; run \`${help}\`\n`);
  return ExitCode.Usage;
}

function usage(outputHelp: () => void): number {
  outputHelp();
  return ExitCode.Usage;
}

async function reportError(error: unknown, io: Output): Promise<number> {
  if (error instanceof ConfigError) {
    // Loaded here, not up front: it pulls in core, which --help and --version do not need.
    const { printDiagnostics } = await import('./ui/print-diagnostics.js');
    printDiagnostics(io, [error.diagnostic]);
    return ExitCode.Failure;
  }
  if (error instanceof UsageError) {
    io.err.write(`${io.ce.red('error')} ${error.message}; run \`dsl --help\`\n`);
    return ExitCode.Usage;
  }
  io.err.write(`${io.ce.red('error')} ${error instanceof Error ? error.message : String(error)}\n`);
  if (io.env.DSL_DEBUG) io.err.write(`${(error as Error)?.stack ?? ''}\n`);
  return ExitCode.Failure;
}
