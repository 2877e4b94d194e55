import { execFile } from 'node:child_process';

// execa is only needed by `dsl build`: loaded on first use.
const loadExeca = async () => (await import('execa')).execa;

/**
 * The installed buildx version as `[major, minor, patch]`, or undefined when `docker buildx` is
 * missing (or `DSL_NO_BUILDX=1` pretends so).
 *
 * @example
 * await buildxVersion(); // [0, 13, 1]
 */
export async function buildxVersion(env: NodeJS.ProcessEnv = process.env): Promise<[number, number, number] | undefined> {
  if (env.DSL_NO_BUILDX === '1') return undefined;
  const result = await dockerText(['buildx', 'version']);
  if (result.exitCode !== 0) return undefined;
  const m = /\bv?(\d+)\.(\d+)\.(\d+)/.exec(result.stdout);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
}

/**
 * Runs a short docker command and returns its output (never throws). The abort signal stops it
 * when its answer is no longer needed. Node's own `execFile`, not execa: these calls come first
 * in `dsl build`, and loading execa (0.1–0.4 s) would delay them.
 *
 * @example
 * const { exitCode, stdout } = await dockerText(['buildx', 'inspect']);
 */
export function dockerText(args: readonly string[], signal?: AbortSignal): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('docker', args, { timeout: 30_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', ...(signal ? { signal } : {}) }, (error, stdout, stderr) => {
      const code = (error as { code?: unknown } | null)?.code;
      resolve({ exitCode: error ? (typeof code === 'number' ? code : 1) : 0, stdout, stderr: stderr || (error && typeof code !== 'number' ? error.message : '') });
    });
    child.stdin?.end();
  });
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
export async function runDocker(args: readonly string[], onLine: (line: string) => void, signal?: AbortSignal, cwd?: string): Promise<DockerResult> {
  const execa = await loadExeca();
  const child = execa('docker', args, {
    ...(cwd ? { cwd } : {}),
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
