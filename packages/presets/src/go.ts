import { cache, stage, type StageBuilder } from '@dockerdsl/core';
import { shellWords } from './shell-words.js';
import { z } from 'zod';
import { baseImage, baseImageSchema, withBasePackages, type BaseImageInput } from './base-image.js';
import { Preset } from './preset.js';
import { staticBinaryRuntime, staticBinaryRuntimeSchema, type StaticBinaryRuntimeOptions } from './static-binary.js';
import { anyOf } from './prose.js';
import { validateOptions } from './validate-options.js';

/**
 * Parameters of the Go preset. Everything but `name` has a default.
 *
 * @example
 * const options: GoAppOptions = { name: 'api', package: './cmd/api', runtimeImage: 'scratch', ports: [8080] };
 */
export interface GoAppOptions extends Omit<StaticBinaryRuntimeOptions, 'from' | 'binaryPath' | 'installPath'> {
  /** The image name (it names the Dockerfile). */
  name: string;
  /** The build base with the Go toolchain. Default `golang:1.23-bookworm`. */
  buildImage?: BaseImageInput;
  /** Module files copied before the sources, so `go mod download` stays cached until they change. Default `['go.mod', 'go.sum']`. */
  manifests?: string[];
  /** The main package to build, relative to the context. Default `.`. */
  package?: string;
  /** The binary's name; it is installed as `/usr/local/bin/<binary>`. Default: the image name. */
  binary?: string;
  /** Linker flags (`-s -w` drop the symbol table and debug data). Default `['-s', '-w']`. */
  ldflags?: string[];
  /** Build tags (`-tags`). Default none. */
  buildTags?: string[];
  /** Link with cgo. A static binary for `scratch` needs it off. Default `false`. */
  cgo?: boolean;
}

/**
 * Schema of the Go preset parameters.
 *
 * @example
 * goAppSchema.safeParse({ name: 'api', cgo: 'yes' }).success; // false
 */
export const goAppSchema = staticBinaryRuntimeSchema.omit({ from: true, binaryPath: true, installPath: true }).extend({
  name: z.string().min(1),
  buildImage: baseImageSchema.optional(),
  manifests: z.array(z.string().min(1)).min(1).optional(),
  package: z.string().min(1).optional(),
  binary: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'a binary name holds letters, digits, ., _ and -' }).optional(),
  ldflags: z.array(z.string()).optional(),
  buildTags: z.array(z.string().regex(/^[A-Za-z0-9_.!-]+$/)).optional(),
  cgo: z.boolean().optional(),
});

/**
 * The stages of the Go preset.
 *
 * @example
 * const { build, runtime }: GoStages = goApp({ name: 'api' }).stages;
 */
export type GoStages = { build: StageBuilder<'build'>; runtime: StageBuilder<'runtime'> };

/**
 * Go: a `build` stage that downloads modules (cached by `go.mod`/`go.sum`) and builds one
 * static, trimmed binary with BuildKit caches for modules and the build cache; and a `runtime`
 * stage with only that binary (and the CA bundle) on `scratch` or a distroless static base,
 * run as a numeric non-root user with an exec-form entrypoint.
 *
 * @param options - `name`, `buildImage`, `package`, `binary`, `ldflags`, `cgo`, and the runtime settings (`ports`, `user`, `env`, `tags`, …)
 * @example
 * export const api = goApp({ name: 'api', package: './cmd/api', ports: [8080], healthcheck: { command: ['/usr/local/bin/api', '-healthcheck'] } });
 * export default defineConfig({ images: [api.image()] });
 */
export function goApp(options: GoAppOptions): Preset<GoStages, 'runtime'> {
  validateOptions('go', goAppSchema, options);
  const {
    name,
    buildImage = 'golang:1.23-bookworm',
    manifests = ['go.mod', 'go.sum'],
    package: main = '.',
    binary = name,
    ldflags = ['-s', '-w'],
    buildTags = [],
    cgo = false,
    tags,
    ...runtime
  } = options;
  const base = baseImage(buildImage);
  const modCache = cache('/go/pkg/mod');
  const buildArgs = ['go', 'build', '-trimpath'];
  if (ldflags.length > 0) buildArgs.push(`-ldflags=${ldflags.join(' ')}`);
  if (buildTags.length > 0) buildArgs.push(`-tags=${buildTags.join(',')}`);
  buildArgs.push('-o', `/out/${binary}`, main);

  const buildComment = `build downloads the modules first (cached until ${anyOf(manifests)} changes), then builds ${main === '.' ? 'the main package' : main} into one ${cgo ? 'binary linked with cgo' : 'static binary'}.`;
  const build = withBasePackages(stage('build', { from: base.image, comment: buildComment }), base.aptPackages)
    .workdir('/src')
    .env({ CGO_ENABLED: cgo ? '1' : '0', GOCACHE: '/root/.cache/go-build', GOMODCACHE: '/go/pkg/mod' })
    .copy(manifests, './')
    .run('go mod download', { mounts: [modCache] })
    .copy('.', '.')
    .run(shellWords(buildArgs), { mounts: [modCache, cache('/root/.cache/go-build')] });

  const installPath = `/usr/local/bin/${binary}`;
  const final = staticBinaryRuntime({ ...runtime, from: build, binaryPath: `/out/${binary}`, installPath, ports: runtime.ports ?? [8080] });
  return new Preset(name, { build, runtime: final }, 'runtime', { dockerignore: ['.git'], ...(tags ? { tags } : {}) });
}
