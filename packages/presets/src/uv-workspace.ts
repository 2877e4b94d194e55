import { cache, DslError, stage, uvMemberClosure, type StageBuilder, type UvWorkspace } from '@dockerdsl/core';
import { normalizePythonName } from '@dockerdsl/core/tooling';
import { z } from 'zod';
import { baseImage, baseImageSchema, withBasePackages, type BaseImageInput } from './base-image.js';
import { httpHealth, httpHealthcheckSchema, type HttpHealthcheck } from './http-healthcheck.js';
import { Preset } from './preset.js';
import { finishRuntime, runtimeOptionsSchema, type RuntimeOptions } from './runtime-options.js';
import { shellWords } from './shell-words.js';
import { validateOptions } from './validate-options.js';
import { allowOnlyDockerignore } from './workspace-dockerignore.js';

/**
 * Parameters of the uv workspace preset. `name`, `workspace` and `package` are required.
 *
 * @example
 * const o: UvWorkspaceAppOptions = { name: 'api', workspace: readUvWorkspace(import.meta.dirname), package: 'api', ports: [8000] };
 */
export interface UvWorkspaceAppOptions extends RuntimeOptions {
  /** The image name (it names the Dockerfile). */
  name: string;
  /** The workspace, from `readUvWorkspace(root)`; the build context is its root. */
  workspace: UvWorkspace;
  /** The member the image runs (its `[project] name`). */
  package: string;
  /** The build context relative to the config's folder: where the workspace root is from there. Default `.`. */
  context?: string;
  /** The build base with Python. Default `python:3.12-bookworm`. */
  buildImage?: BaseImageInput;
  /** The runtime base: Python at the same path as in the build base (the venv links to it). Default `python:3.12-slim-bookworm`. */
  runtimeImage?: BaseImageInput;
  /** The image uv's binaries are copied from, or `false` when the build base has uv on its PATH. Default `ghcr.io/astral-sh/uv:0.9.5`. */
  uvImage?: string | false;
  /** The module run as `python -m <module>`. Default: the member's name with `-` turned into `_`. */
  module?: string;
  /** The workspace root inside the image; the venv is its `.venv`. Default `/app`. */
  workdir?: string;
  /** The HTTP health check, probed with Python's `urllib`; `false` for none. Default `{ path: '/health' }` on the first port. */
  healthcheck?: HttpHealthcheck | false;
}

/**
 * Schema of the uv workspace preset parameters (the workspace itself is checked by reading it).
 *
 * @example
 * uvWorkspaceAppSchema.safeParse({ name: 'api', workspace: ws, package: 'api', module: '1x' }).success; // false
 */
export const uvWorkspaceAppSchema = z.object({
  ...runtimeOptionsSchema,
  name: z.string().min(1),
  workspace: z.custom<UvWorkspace>((v) => v !== null && typeof v === 'object' && 'members' in v && 'root' in v, { error: 'the workspace from readUvWorkspace(root)' }),
  package: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/, { error: 'a Python project name such as api or acme-core' }),
  context: z.string().min(1).optional(),
  buildImage: baseImageSchema.optional(),
  runtimeImage: baseImageSchema.optional(),
  uvImage: z.union([z.string().regex(/^[\w.:/@-]+$/, { error: 'an image reference such as ghcr.io/astral-sh/uv:0.9.5' }), z.literal(false)]).optional(),
  module: z.string().regex(/^[A-Za-z_][\w.]*$/, { error: 'a Python module name such as api or api.main' }).optional(),
  workdir: z.string().regex(/^\/\S*$/, { error: 'expected an absolute path without spaces' }).optional(),
  healthcheck: httpHealthcheckSchema.optional(),
});

/**
 * The stages of the uv workspace preset.
 *
 * @example
 * const { build }: UvWorkspaceStages = uvWorkspaceApp(options).stages;
 */
export type UvWorkspaceStages = { build: StageBuilder<'build'>; runtime: StageBuilder<'runtime'> };

/**
 * A Python service that is one member of a uv workspace. `build` copies the root
 * `pyproject.toml`, `uv.lock` and the `pyproject.toml` of the member's closure (the members it
 * takes from the workspace, transitively), syncs their third-party dependencies from the lockfile
 * (`uv sync --frozen --no-install-workspace`, cache mount: cached until one of those files
 * changes), then copies the closure's sources and installs the members themselves, not editable,
 * so the venv holds everything. `runtime` is that venv alone on a slim Python, as a non-root user,
 * running `python -m module`. Its `.dockerignore` admits only the root files and the closure.
 *
 * @param options - `name`, `workspace`, `package` (the member to build), `module`, and the runtime settings
 * @example
 * const ws = readUvWorkspace(import.meta.dirname);
 * export const api = uvWorkspaceApp({ name: 'api', workspace: ws, package: 'api', ports: [8000] });
 */
export function uvWorkspaceApp(options: UvWorkspaceAppOptions): Preset<UvWorkspaceStages, 'runtime'> {
  validateOptions('uv-workspace', uvWorkspaceAppSchema, options);
  const { name, workspace, buildImage = 'python:3.12-bookworm', runtimeImage = 'python:3.12-slim-bookworm', uvImage = 'ghcr.io/astral-sh/uv:0.9.5', workdir = '/app', healthcheck, tags, context, package: member, module = normalizePythonName(member).replaceAll('-', '_'), ...runtime } = options;
  const errors = workspace.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new DslError(errors);
  const target = workspace.members.get(normalizePythonName(member));
  if (!target) throw new DslError([{ code: 'DSL7008', rule: 'UnknownWorkspacePackage', severity: 'error', message: `the uv workspace at ${workspace.root} has no member '${member}'`, path: ['presets', 'uv-workspace', 'package'], hint: `its members: ${[...workspace.members.keys()].sort().join(', ') || 'none'}` }]);
  if (workspace.lockfile === undefined) throw new DslError([{ code: 'DSL7009', rule: 'WorkspaceLockfileMissing', severity: 'error', message: `the uv workspace at ${workspace.root} has no uv.lock`, path: ['presets', 'uv-workspace', 'workspace'], hint: 'run `uv lock` at the root and commit uv.lock' }]);
  const closure = uvMemberClosure(workspace, target.name);
  const base = baseImage(buildImage);
  const run = baseImage(runtimeImage);
  const uvCache = cache('/root/.cache/uv', { id: 'uv-cache', sharing: 'locked' });
  const sync = (...flags: string[]) => shellWords(['uv', 'sync', '--frozen', '--no-dev', ...flags, '--package', target.name]);

  let build = withBasePackages(stage('build', { from: base.image, comment: "build syncs the closure's third-party dependencies from uv.lock first (cached until a manifest or the lockfile changes), then installs the members themselves." }), base.aptPackages);
  if (uvImage !== false) build = build.copyFrom({ image: uvImage }, ['/uv', '/uvx'], '/usr/local/bin/');
  // Bytecode compiled once at build time; copies rather than links out of the cache mount, which
  // is not in the image; the build base's Python, never one uv would download.
  build = build.env({ UV_COMPILE_BYTECODE: '1', UV_LINK_MODE: 'copy', UV_PYTHON_DOWNLOADS: 'never' }).workdir(workdir).copy([...workspace.rootFiles, workspace.lockfile], './');
  for (const m of closure) build = build.copy(`${m.dir}/pyproject.toml`, `${m.dir}/`);
  build = build.run(sync('--no-install-workspace'), { mounts: [uvCache] });
  for (const m of closure) build = build.copy(m.dir, m.dir);
  build = build.run(sync('--no-editable'), { mounts: [uvCache] });

  const python = `${workdir}/.venv/bin/python`;
  const ports = runtime.ports ?? [8000];
  let final = withBasePackages(stage('runtime', { from: run.image, comment: 'runtime is what runs: the venv alone, without uv or the sources, as a non-root user.' }), run.aptPackages)
    .env({ PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1', ...runtime.env })
    .copyFrom(build, `${workdir}/.venv`, `${workdir}/.venv`)
    .workdir(workdir);
  final = finishRuntime(final, { ...runtime, ports }, [python, '-m', module], httpHealth('python', python, healthcheck, ports));
  const dockerignore = allowOnlyDockerignore([...workspace.rootFiles, workspace.lockfile, ...closure.map((m) => m.dir)], ['**/.venv', '**/__pycache__']);
  return new Preset(name, { build, runtime: final }, 'runtime', { dockerignore, ...(context ? { context } : {}), ...(tags ? { tags } : {}) });
}
