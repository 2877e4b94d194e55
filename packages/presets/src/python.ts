import { cache, stage, type StageBuilder } from '@dockerdsl/core';
import { shellWords } from './shell-words.js';
import { z } from 'zod';
import { baseImage, baseImageSchema, withBasePackages, type BaseImageInput } from './base-image.js';
import { httpHealth, httpHealthcheckSchema, type HttpHealthcheck } from './http-healthcheck.js';
import { Preset } from './preset.js';
import { finishRuntime, runtimeOptionsSchema, type RuntimeOptions } from './runtime-options.js';
import { validateOptions } from './validate-options.js';

/**
 * Parameters of the Python preset. Everything but `name` has a default.
 *
 * @example
 * const options: PythonAppOptions = { name: 'worker', module: 'worker', requirements: 'requirements.lock', ports: [8000] };
 */
export interface PythonAppOptions extends RuntimeOptions {
  /** The image name (it names the Dockerfile). */
  name: string;
  /** The build base with Python and pip. Default `python:3.12-slim-bookworm`. */
  buildImage?: BaseImageInput;
  /**
   * The runtime base: a slim Python image, or a distroless Python image (no shell, no pip: the
   * preset needs neither at runtime). Use the same Python minor version as the build base.
   * Default `python:3.12-slim-bookworm`.
   */
  runtimeImage?: BaseImageInput;
  /** The pinned requirements file, copied before the sources and built into wheels; `false` for none. Default `requirements.txt`. */
  requirements?: string | false;
  /** Build the project's own wheel from its `pyproject.toml`. Default `true`. */
  project?: boolean;
  /** Let pip build the project in an isolated environment (it downloads the build backend); `false` uses the build base's setuptools. Default `true`. */
  buildIsolation?: boolean;
  /** The module run as `python -m <module>`. Default: the image name with `-` turned into `_`. */
  module?: string;
  /** The Python executable in both stages. Default `python3`. */
  python?: string;
  /** Where the installed packages go in the runtime image (it is `PYTHONPATH`). Default `/opt/app`. */
  target?: string;
  /** The HTTP health check, probed with Python's `urllib`; `false` for none. Default `{ path: '/health' }` on the first port. */
  healthcheck?: HttpHealthcheck | false;
}

/**
 * Schema of the Python preset parameters.
 *
 * @example
 * pythonAppSchema.safeParse({ name: 'worker', requirements: false, project: false }).success; // false
 */
export const pythonAppSchema = z
  .object({
    ...runtimeOptionsSchema,
    name: z.string().min(1),
    buildImage: baseImageSchema.optional(),
    runtimeImage: baseImageSchema.optional(),
    requirements: z.union([z.string().regex(/^[^\s]+$/, { error: 'a requirements file path without spaces' }), z.literal(false)]).optional(),
    project: z.boolean().optional(),
    buildIsolation: z.boolean().optional(),
    module: z.string().regex(/^[A-Za-z_][\w.]*$/, { error: 'a Python module name such as worker or app.main' }).optional(),
    python: z.string().min(1).optional(),
    target: z.string().regex(/^\/\S*$/, { error: 'expected an absolute path without spaces' }).optional(),
    healthcheck: httpHealthcheckSchema.optional(),
  })
  .refine((o) => o.requirements !== false || o.project !== false, { error: 'nothing to install: give requirements, or leave project on', path: ['project'] });

/**
 * The stages of the Python preset.
 *
 * @example
 * const { build, runtime }: PythonStages = pythonApp({ name: 'worker' }).stages;
 */
export type PythonStages = { build: StageBuilder<'build'>; runtime: StageBuilder<'runtime'> };

/**
 * Python (pip wheels): a `build` stage that turns the pinned requirements into wheels (cached
 * by the requirements file and a pip cache mount), builds the project's own wheel and installs
 * them all into one directory; and a `runtime` stage — slim or distroless, no pip, no compiler,
 * no wheels — with that directory on `PYTHONPATH`, a numeric non-root user, an HTTP health
 * check through `urllib` and `ENTRYPOINT ["python3", "-m", module]`.
 *
 * @param options - `name`, `requirements` or `project`, `module`, `healthcheck`, and the runtime settings (`ports`, `user`, `env`, `tags`, …)
 * @example
 * export const worker = pythonApp({ name: 'worker', ports: [8000] });
 * export default defineConfig({ images: [worker.image()] });
 */
export function pythonApp(options: PythonAppOptions): Preset<PythonStages, 'runtime'> {
  validateOptions('python', pythonAppSchema, options);
  const {
    name,
    buildImage = 'python:3.12-slim-bookworm',
    runtimeImage = 'python:3.12-slim-bookworm',
    requirements = 'requirements.txt',
    project = true,
    buildIsolation = true,
    module = name.replaceAll('-', '_'),
    python = 'python3',
    target = '/opt/app',
    healthcheck,
    tags,
    ...runtime
  } = options;
  const build = baseImage(buildImage);
  const run = baseImage(runtimeImage);
  const pipCache = cache('/root/.cache/pip');
  const pip = [python, '-m', 'pip'];

  let builder = withBasePackages(stage('build', { from: build.image, comment: pythonBuildComment(requirements, project, buildIsolation, target) }), build.aptPackages)
    .workdir('/src')
    .env({ PIP_DISABLE_PIP_VERSION_CHECK: '1', PYTHONDONTWRITEBYTECODE: '1' });
  if (requirements !== false) {
    builder = builder.copy(requirements, './').run(shellWords([...pip, 'wheel', '--wheel-dir', '/wheels', '-r', requirements.split('/').pop()!]), { mounts: [pipCache] });
  }
  const install = shellWords([...pip, 'install', '--no-index', '--find-links', '/wheels', '--target', target]) + ' /wheels/*.whl';
  if (project) {
    const wheel = shellWords([...pip, 'wheel', '--no-deps', ...(buildIsolation ? [] : ['--no-build-isolation']), '--wheel-dir', '/wheels', '.']);
    builder = builder.copy('.', '.').run(`${wheel} && ${install}`, { mounts: [pipCache] });
  } else {
    builder = builder.run(install);
  }

  const ports = runtime.ports ?? [8000];
  let final = withBasePackages(stage('runtime', { from: run.image, comment: `runtime is what runs: the packages installed in ${target}, copied from build without its wheels and tools, as a non-root user.` }), run.aptPackages)
    .env({ PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1', PYTHONPATH: target, ...runtime.env })
    .copyFrom(builder, target, target)
    .workdir(target);
  final = finishRuntime(final, { ...runtime, ports }, [python, '-m', module], httpHealth('python', python, healthcheck, ports));
  return new Preset(name, { build: builder, runtime: final }, 'runtime', { dockerignore: ['.git', '.venv', '**/__pycache__', '*.egg-info', 'build', 'dist'], ...(tags ? { tags } : {}) });
}

/** What the build stage does with these options: the requirements, the project, or both. */
function pythonBuildComment(requirements: string | false, project: boolean, buildIsolation: boolean, target: string): string {
  const projectWheel = `the project's wheel${buildIsolation ? '' : ' (without build isolation)'}`;
  if (requirements === false) return `build builds ${projectWheel} and installs it alone (no requirements file) into ${target}.`;
  const wheels = `build turns ${requirements} into wheels first (cached until it changes)`;
  if (!project) return `${wheels}, then installs them into ${target}; the project itself is not installed.`;
  return `${wheels}, then builds ${projectWheel} and installs them all into ${target}.`;
}
