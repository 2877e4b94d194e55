import { nativeImport } from '../native-import.js';

// execa is an ES module only `dsl build` needs: loaded on first use, through Node's own import().
const loadExeca = async () => (await nativeImport<typeof import('execa')>('execa')).execa;

/**
 * Whether `docker buildx` is installed (then builds go through BuildKit's buildx).
 *
 * @example
 * const buildx = await hasBuildx();
 */
export async function hasBuildx(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (env.DSL_NO_BUILDX === '1') return false;
  const execa = await loadExeca();
  const result = await execa('docker', ['buildx', 'version'], { reject: false, timeout: 15_000 });
  return result.exitCode === 0;
}

/** How a docker command ended. */
export interface DockerResult {
  exitCode: number;
  /** True when it was stopped by the abort signal (Ctrl-C). */
  cancelled: boolean;
}

/**
 * Runs one `docker` command, handing every output line (stdout and stderr, in order) to
 * `onLine`. The abort signal stops it with SIGINT — docker then cancels the build on the
 * daemon — and SIGKILL a few seconds later if it lingers, so Ctrl-C leaves no docker process.
 *
 * @example
 * await runDocker(['buildx', 'build', '.'], (line) => console.log(line), controller.signal);
 */
export async function runDocker(args: readonly string[], onLine: (line: string) => void, signal?: AbortSignal): Promise<DockerResult> {
  const execa = await loadExeca();
  const child = execa('docker', args, {
    reject: false,
    all: true,
    buffer: false,
    stdin: 'ignore',
    env: { BUILDKIT_PROGRESS: 'plain', DOCKER_CLI_HINTS: 'false' },
    ...(signal ? { cancelSignal: signal } : {}),
    killSignal: 'SIGINT',
    forceKillAfterDelay: 5_000,
  });
  let pending = '';
  child.all?.setEncoding('utf8');
  child.all?.on('data', (chunk: string) => {
    const lines = (pending + chunk).split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
  const result = await child;
  if (pending !== '') onLine(pending);
  if ((result as { code?: string }).code === 'ENOENT') onLine('ERROR: the docker command was not found on PATH');
  return { exitCode: result.exitCode ?? 1, cancelled: result.isCanceled === true };
}

/**
 * The size in bytes of a local image, or undefined when docker does not know it.
 *
 * @example
 * await imageSize('api:latest'); // 7340032
 */
export async function imageSize(tag: string): Promise<number | undefined> {
  const execa = await loadExeca();
  const result = await execa('docker', ['image', 'inspect', '--format', '{{.Size}}', tag], { reject: false, timeout: 15_000 });
  const size = Number(result.stdout);
  return result.exitCode === 0 && Number.isFinite(size) ? size : undefined;
}
