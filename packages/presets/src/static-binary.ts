import { stage, type AnyStage, type ExecForm, type HealthcheckTiming, type StageBuilder } from '@dockerdsl/core';
import { z } from 'zod';
import { baseImage, baseImageSchema, withBasePackages, type BaseImageInput } from './base-image.js';
import { Preset } from './preset.js';
import { defaultHealthTiming } from './http-healthcheck.js';
import { finishRuntime, runtimeOptionsSchema, type RuntimeOptions } from './runtime-options.js';
import { allOf } from './prose.js';
import { validateOptions } from './validate-options.js';

/**
 * A health check for a runtime without a shell or interpreter: the program checks itself
 * (for example `["/usr/local/bin/api", "-healthcheck"]`, which calls its own `/health`).
 *
 * @example
 * const health: CommandHealthcheck = { command: ['/usr/local/bin/api', '-healthcheck'], interval: '15s' };
 */
export interface CommandHealthcheck extends HealthcheckTiming {
  /** The exec-form command; exit status 0 means healthy. */
  command: ExecForm;
}

/**
 * Parameters of the static-binary runtime.
 *
 * @example
 * const options: StaticBinaryRuntimeOptions = { from: build, binaryPath: '/out/api', runtimeImage: 'scratch', ports: [8080] };
 */
export interface StaticBinaryRuntimeOptions extends RuntimeOptions {
  /** The stage that produced the binary. */
  from: AnyStage;
  /** Where the binary is in that stage. Default `/out/app`. */
  binaryPath?: string;
  /** Where the binary goes in the runtime image; it is the `ENTRYPOINT`. Default `/usr/local/bin/app`. */
  installPath?: string;
  /** The runtime base: `scratch` (empty), a distroless static image or any small base. Default `scratch`. */
  runtimeImage?: BaseImageInput;
  /**
   * Copy the CA bundle from the build stage so TLS clients work on an empty base; `false` when
   * the base has its own (distroless does). Default `/etc/ssl/certs/ca-certificates.crt`.
   */
  caCertificates?: string | false;
  /** The program's own health check; an empty base has no tool to probe with. Default none. */
  healthcheck?: CommandHealthcheck | false;
}

/**
 * Parameters of the `staticBinary` preset: the runtime settings plus the image name.
 *
 * @example
 * const options: StaticBinaryOptions = { name: 'tool', from: build, runtimeImage: 'scratch' };
 */
export interface StaticBinaryOptions extends StaticBinaryRuntimeOptions {
  /** The image name (it names the Dockerfile). */
  name: string;
}

const absolute = z.string().regex(/^\/\S*$/, { error: 'expected an absolute path without spaces' });

/**
 * Schema of the static-binary runtime parameters.
 *
 * @example
 * staticBinaryRuntimeSchema.safeParse({ from: build, binaryPath: 'out/app' }).success; // false: not absolute
 */
export const staticBinaryRuntimeSchema = z.object({
  ...runtimeOptionsSchema,
  from: z.custom<AnyStage>((v) => v !== null && typeof v === 'object', { error: 'expected the stage that built the binary' }),
  binaryPath: absolute.optional(),
  installPath: absolute.optional(),
  runtimeImage: baseImageSchema.optional(),
  caCertificates: z.union([absolute, z.literal(false)]).optional(),
  healthcheck: z.union([z.literal(false), z.looseObject({ command: z.array(z.string()).min(1) })]).optional(),
});

/**
 * The runtime stage of a statically linked program: the binary (and the CA bundle) copied onto
 * an empty or distroless base, run as a numeric non-root user with an exec-form entrypoint.
 *
 * @param options - `binaryPath` (where the build stage left it), `installPath`, `runtimeImage`, `caCertificates`, `healthcheck`
 * @example
 * const build = stage('build', { from: 'rust:1.82-bookworm' }).workdir('/src').copy('.', '.').run('cargo build --release && cp target/release/tool /out/app');
 * const runtime = staticBinaryRuntime({ from: build, ports: [8080] });
 */
export function staticBinaryRuntime(options: StaticBinaryRuntimeOptions): StageBuilder<'runtime'> {
  validateOptions('staticBinary', staticBinaryRuntimeSchema, options);
  const { from, binaryPath = '/out/app', installPath = '/usr/local/bin/app', runtimeImage = 'scratch', caCertificates = '/etc/ssl/certs/ca-certificates.crt', healthcheck = false } = options;
  const base = baseImage(runtimeImage);
  let s = withBasePackages(stage('runtime', { from: base.image, comment: staticRuntimeComment(from.name, caCertificates !== false, base.aptPackages) }), base.aptPackages);
  if (caCertificates !== false) s = s.copyFrom(from, caCertificates, caCertificates);
  if (options.env && Object.keys(options.env).length > 0) s = s.env(options.env);
  s = s.copyFrom(from, binaryPath, installPath);
  const health = healthcheck === false ? undefined : (({ command, ...timing }) => ({ test: command, timing: { ...defaultHealthTiming, ...timing } }))(healthcheck);
  return finishRuntime(s, options, [installPath], health);
}

/**
 * The generic "static binary" preset: any build stage that leaves a self-contained executable
 * (Go with cgo off, Rust musl, Zig, C with `-static`) plus the static-binary runtime.
 *
 * @param options - `name`, `from` (the stage that compiles), `binaryPath`, and the runtime settings
 * @example
 * const build = stage('build', { from: 'rust:1.82-bookworm' }).workdir('/src').copy('.', '.').run('cargo build --release && cp target/release/tool /out/app');
 * export const tool = staticBinary({ name: 'tool', from: build }).image();
 */
export function staticBinary(options: StaticBinaryOptions): Preset<{ build: AnyStage; runtime: StageBuilder<'runtime'> }, 'runtime'> {
  const { name, tags, ...runtime } = options;
  return new Preset(name, { build: options.from, runtime: staticBinaryRuntime(runtime) }, 'runtime', tags ? { tags } : {});
}

/** What the runtime stage holds with these options: the binary, alone or with what else they add. */
function staticRuntimeComment(from: string, caCertificates: boolean, aptPackages: readonly string[]): string {
  const copied = `${caCertificates ? 'the binary and the CA certificates' : 'the binary'} from ${from}`;
  if (!caCertificates && aptPackages.length === 0) return `runtime is what runs: ${copied} alone, as a non-root user.`;
  const added = aptPackages.length === 0 ? '' : `, and ${allOf(aptPackages)} from apt`;
  return `runtime is what runs: ${copied}${added}, as a non-root user.`;
}
