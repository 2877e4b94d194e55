import { cache, goModuleClosure, stage, DslError, type GoWorkspace, type StageBuilder } from '@dockerdsl/core';
import { z } from 'zod';
import { baseImage, baseImageSchema, withBasePackages, type BaseImageInput } from './base-image.js';
import { Preset } from './preset.js';
import { counted } from './prose.js';
import { shellWords } from './shell-words.js';
import { staticBinaryRuntime, staticBinaryRuntimeSchema, type StaticBinaryRuntimeOptions } from './static-binary.js';
import { validateOptions } from './validate-options.js';
import { allowOnlyDockerignore } from './workspace-dockerignore.js';

/**
 * Parameters of the Go workspace preset.
 *
 * @example
 * const o: GoWorkspaceAppOptions = { name: 'api', workspace: readGoWork(root), module: 'example.com/app/api', package: './cmd/api' };
 */
export interface GoWorkspaceAppOptions extends Omit<StaticBinaryRuntimeOptions, 'from' | 'binaryPath' | 'installPath'> {
  /** The image name (it names the Dockerfile). */
  name: string;
  /** The workspace, from `readGoWork(root)`; the build context is its root. */
  workspace: GoWorkspace;
  /** The module path of the service (its go.mod `module` line). */
  module: string;
  /** The main package, relative to the module's folder. Default `.`. */
  package?: string;
  /** The build base with the Go toolchain (1.18 or later, for go.work). Default `golang:1.23-bookworm`. */
  buildImage?: BaseImageInput;
  /** The binary's name; installed as `/usr/local/bin/<binary>`. Default: the image name. */
  binary?: string;
  /** The build context relative to the config's folder. Default `.`. */
  context?: string;
}

/**
 * Schema of the Go workspace preset parameters.
 *
 * @example
 * goWorkspaceAppSchema.safeParse({ name: 'api', workspace: ws, module: 'x y' }).success; // false
 */
export const goWorkspaceAppSchema = staticBinaryRuntimeSchema.omit({ from: true, binaryPath: true, installPath: true }).extend({
  name: z.string().min(1),
  workspace: z.custom<GoWorkspace>((v) => v !== null && typeof v === 'object' && 'modules' in v && 'root' in v, { error: 'the workspace from readGoWork(root)' }),
  module: z.string().regex(/^[\w.~/-]+$/, { error: 'a module path such as example.com/app/api' }),
  package: z.string().regex(/^\.(?:\/[\w.-]+)*$/, { error: 'a package folder relative to the module, such as . or ./cmd/api' }).optional(),
  buildImage: baseImageSchema.optional(),
  binary: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/).optional(),
  context: z.string().min(1).optional(),
});

/**
 * The stages of the Go workspace preset.
 *
 * @example
 * const { build }: GoWorkspaceStages = goWorkspaceApp(options).stages;
 */
export type GoWorkspaceStages = { build: StageBuilder<'build'>; runtime: StageBuilder<'runtime'> };

/**
 * A Go service that is one module of a `go.work` workspace: copies `go.work` and the go.mod/go.sum
 * of the module and the workspace modules it requires, drops the other modules from the
 * workspace (`go work edit -dropuse`), downloads the modules required from outside the workspace (cached until a manifest
 * changes), then copies those modules' sources and builds one static binary; the runtime is the
 * binary alone, as in `goApp`. The `.dockerignore` admits only those modules.
 *
 * @param options - `name`, `workspace`, `module` (the member to build), `package`, `binary`, and the runtime settings
 * @example
 * const ws = readGoWork(import.meta.dirname);
 * export const api = goWorkspaceApp({ name: 'api', workspace: ws, module: 'example.com/app/api', ports: [8080] });
 */
export function goWorkspaceApp(options: GoWorkspaceAppOptions): Preset<GoWorkspaceStages, 'runtime'> {
  validateOptions('go-workspace', goWorkspaceAppSchema, options);
  const { name, workspace, module, package: main = '.', buildImage = 'golang:1.23-bookworm', binary = name, context, tags, ...runtime } = options;
  if (workspace.diagnostics.some((d) => d.severity === 'error')) throw new DslError(workspace.diagnostics);
  if (!workspace.modules.has(module)) {
    throw new DslError([{ code: 'DSL7008', rule: 'UnknownWorkspacePackage', severity: 'error', message: `the Go workspace at ${workspace.root} has no module '${module}'`, path: ['presets', 'go-workspace', 'module'], hint: `its modules: ${[...workspace.modules.keys()].sort().join(', ')}` }]);
  }
  const closure = goModuleClosure(workspace, module);
  const others = [...workspace.modules.values()].filter((m) => !closure.includes(m)).map((m) => m.dir).sort();
  const target = closure.at(-1)!;
  const base = baseImage(buildImage);
  const modCache = cache('/go/pkg/mod');
  // Only the modules from outside the workspace, by version: `go mod download` without arguments
  // would also try to fetch the workspace's own modules from the module proxy.
  const external = [...new Set(closure.flatMap((m) => m.requires.filter((r) => !workspace.modules.has(r.path) && r.version !== '').map((r) => `${r.path}@${r.version}`)))].sort();

  let build = withBasePackages(stage('build', { from: base.image, comment: goWorkspaceBuildComment(module, closure.length, others.length > 0, external.length > 0) }), base.aptPackages)
    .workdir('/src')
    .env({ CGO_ENABLED: '0', GOCACHE: '/root/.cache/go-build', GOMODCACHE: '/go/pkg/mod' })
    .copy(workspace.rootFiles, './');
  for (const m of closure) build = build.copy([`${m.dir}/go.mod`, ...(m.hasSum ? [`${m.dir}/go.sum`] : [])], `${m.dir}/`);
  if (others.length > 0) build = build.run(shellWords(['go', 'work', 'edit', ...others.map((dir) => `-dropuse=./${dir}`)]));
  if (external.length > 0) build = build.run(shellWords(['go', 'mod', 'download', ...external]), { mounts: [modCache] });
  for (const m of closure) build = build.copy(m.dir, m.dir);
  const pkg = main === '.' ? `./${target.dir}` : `./${target.dir}/${main.slice(2)}`;
  build = build.run(shellWords(['go', 'build', '-trimpath', '-ldflags=-s -w', '-o', `/out/${binary}`, pkg]), { mounts: [modCache, cache('/root/.cache/go-build')] });

  const final = staticBinaryRuntime({ ...runtime, from: build, binaryPath: `/out/${binary}`, installPath: `/usr/local/bin/${binary}`, ports: runtime.ports ?? [8080] });
  const dockerignore = allowOnlyDockerignore([...workspace.rootFiles, ...closure.map((m) => m.dir)], []);
  return new Preset(name, { build, runtime: final }, 'runtime', { dockerignore, ...(context ? { context } : {}), ...(tags ? { tags } : {}) });
}

/** What the build stage does with this closure: only the steps it has are named. */
function goWorkspaceBuildComment(module: string, modules: number, dropsOthers: boolean, downloads: boolean): string {
  const steps = [
    modules === 1 ? `copies the go.mod file of ${module}` : `copies the go.mod files of the ${counted(modules, 'module')} ${module} is built from`,
    ...(dropsOthers ? ['drops the other modules from go.work'] : []),
    ...(downloads ? ['downloads the modules from outside the workspace (cached until a go.mod or go.sum changes)'] : []),
  ];
  return `build ${steps.join(', ')}, then adds ${modules === 1 ? 'its' : 'their'} sources and builds one static binary.`;
}
