import { stage, type BuildSecret, type StageBuilder } from '@dockerdsl/core';
import { buildSecretSchema } from '@dockerdsl/core/tooling';
import { z } from 'zod';
import { baseImage, baseImageSchema, withBasePackages, type BaseImageInput } from './base-image.js';
import { httpHealth, httpHealthcheckSchema, type HttpHealthcheck } from './http-healthcheck.js';
import { packageManager, type NodePackageManager } from './node-package-manager.js';
import { Preset } from './preset.js';
import { finishRuntime, runtimeOptionsSchema, type RuntimeOptions } from './runtime-options.js';
import { allOf } from './prose.js';
import { validateOptions } from './validate-options.js';

/**
 * Parameters of the Node preset. Everything but `name` has a default.
 *
 * @example
 * const options: NodeAppOptions = { name: 'web', packageManager: 'pnpm', main: 'dist/server.js', ports: [3000] };
 */
export interface NodeAppOptions extends RuntimeOptions {
  /** The image name (it names the Dockerfile). */
  name: string;
  /** `npm` (`npm ci`) or `pnpm` (`pnpm install --frozen-lockfile`). Default `npm`. */
  packageManager?: NodePackageManager;
  /** The pnpm version installed in the build stages (pnpm only). Default `9.15.9`. */
  pnpmVersion?: string;
  /** Files copied before the sources so the install stays cached. Default: `package.json` and the package manager's lockfile. */
  manifests?: string[];
  /** The build base with Node and the package manager. Default `node:22-bookworm`. */
  buildImage?: BaseImageInput;
  /** The runtime base with Node only. Default `node:22-bookworm-slim`. */
  runtimeImage?: BaseImageInput;
  /** The package script that builds the app, or `false` when there is nothing to build. Default `build`. */
  buildScript?: string | false;
  /** What the build leaves for the runtime, relative to the app directory. Default `['dist']`. */
  outputs?: string[];
  /** The script Node runs (exec-form `ENTRYPOINT ["node", main]`). Default `dist/server.js`. */
  main?: string;
  /** The Node executable in the runtime image. Default `node`. */
  node?: string;
  /** The app directory in every stage. Default `/app`. */
  workdir?: string;
  /** The HTTP health check, probed with Node's own `fetch`; `false` for none. Default `{ path: '/health' }` on the first port. */
  healthcheck?: HttpHealthcheck | false;
  /** A build secret holding an `.npmrc` (private registry, auth token), mounted as `/root/.npmrc` while installing (see docs/guides/private-registries.md). Default none. */
  npmrc?: BuildSecret;
  /** A build secret holding a CA bundle (a TLS-intercepting proxy), trusted through `NODE_EXTRA_CA_CERTS` while installing (see docs/guides/private-registries.md). Default none. */
  caBundle?: BuildSecret;
}

/**
 * Schema of the Node preset parameters.
 *
 * @example
 * nodeAppSchema.safeParse({ name: 'web', packageManager: 'yarn' }).success; // false
 */
export const nodeAppSchema = z.object({
  ...runtimeOptionsSchema,
  name: z.string().min(1),
  packageManager: z.enum(['npm', 'pnpm']).optional(),
  pnpmVersion: z.string().regex(/^\d+(?:\.\d+){0,2}(?:-[\w.]+)?$/, { error: 'a pnpm version such as 9 or 9.15.9' }).optional(),
  manifests: z.array(z.string().min(1)).min(1).optional(),
  buildImage: baseImageSchema.optional(),
  runtimeImage: baseImageSchema.optional(),
  buildScript: z.union([z.string().regex(/^[\w:.-]+$/, { error: 'a package script name such as build or build:prod' }), z.literal(false)]).optional(),
  outputs: z.array(z.string().regex(/^[^/\s][^\s]*$/, { error: 'an output is a relative path without spaces' })).optional(),
  main: z.string().min(1).optional(),
  node: z.string().min(1).optional(),
  workdir: z.string().regex(/^\/\S*$/, { error: 'expected an absolute path without spaces' }).optional(),
  healthcheck: httpHealthcheckSchema.optional(),
  npmrc: buildSecretSchema.optional(),
  caBundle: buildSecretSchema.optional(),
});

/**
 * The stages of the Node preset.
 *
 * @example
 * const { prodDeps, build }: NodeStages = nodeApp({ name: 'web' }).stages;
 */
export type NodeStages = {
  manifests: StageBuilder<'manifests'>;
  prodDeps: StageBuilder<'prod-deps'>;
  build: StageBuilder<'build'>;
  runtime: StageBuilder<'runtime'>;
};

/**
 * Node (npm or pnpm): a `manifests` stage with the package manager and the lockfile; a
 * `prod-deps` stage with production dependencies only and a `build` stage with all of them
 * (both frozen installs with a cache mount, built in parallel by BuildKit); and a `runtime`
 * stage on a slim base with the production `node_modules` and the build outputs, owned by root
 * and run by a numeric non-root user, an HTTP health check through Node's `fetch`, and
 * `ENTRYPOINT ["node", main]`.
 *
 * @param options - `name`, `packageManager`, `buildScript`, `main`, `healthcheck`, and the runtime settings (`ports`, `user`, `env`, `tags`, …)
 * @example
 * export const web = nodeApp({ name: 'web', packageManager: 'pnpm', ports: [3000] });
 * export default defineConfig({ images: [web.image()] });
 */
export function nodeApp(options: NodeAppOptions): Preset<NodeStages, 'runtime'> {
  validateOptions('node', nodeAppSchema, options);
  const {
    name,
    packageManager: kind = 'npm',
    pnpmVersion = '9.15.9',
    buildImage = 'node:22-bookworm',
    runtimeImage = 'node:22-bookworm-slim',
    buildScript = 'build',
    outputs = ['dist'],
    main = 'dist/server.js',
    node = 'node',
    workdir = '/app',
    healthcheck,
    tags,
    npmrc,
    caBundle,
    ...runtime
  } = options;
  const pm = packageManager(kind, pnpmVersion, { ...(npmrc ? { npmrc } : {}), ...(caBundle ? { caBundle } : {}) });
  const build = baseImage(buildImage);
  const run = baseImage(runtimeImage);

  const manifestFiles = options.manifests ?? pm.manifests;
  const comments = nodeStageComments({ kind, pnpmVersion, manifestFiles, buildScript, outputs, secretIds: [npmrc, caBundle].flatMap((s) => (s ? [s.id] : [])) });

  const manifests = withBasePackages(stage('manifests', { from: build.image, comment: comments.manifests }), build.aptPackages)
    .step(...pm.setup)
    .workdir(workdir)
    .copy(manifestFiles, './');
  const prodDeps = stage('prod-deps', { from: manifests, comment: comments.prodDeps }).step(pm.install(true));
  let builder = stage('build', { from: manifests, comment: comments.build }).step(pm.install(false)).copy('.', '.');
  if (buildScript !== false) builder = builder.run(pm.runScript(buildScript));

  const ports = runtime.ports ?? [3000];
  // The whole app directory of prod-deps: an app without dependencies has no node_modules to name.
  let final = withBasePackages(stage('runtime', { from: run.image, comment: comments.runtime }), run.aptPackages)
    .workdir(workdir)
    .env({ NODE_ENV: 'production', ...runtime.env })
    .copyFrom(prodDeps, workdir, workdir);
  for (const output of outputs) final = final.copyFrom(builder, `${workdir}/${output}`, `${workdir}/${output}`);
  final = finishRuntime(final, { ...runtime, ports }, [node, main], httpHealth('node', node, healthcheck, ports));
  return new Preset(name, { manifests, prodDeps, build: builder, runtime: final }, 'runtime', { dockerignore: ['.git', 'node_modules', ...outputs], ...(tags ? { tags } : {}) });
}

/** The comment above each stage, saying what the options in effect make it do. */
function nodeStageComments(o: { kind: NodePackageManager; pnpmVersion: string; manifestFiles: string[]; buildScript: string | false; outputs: string[]; secretIds: string[] }): Record<'manifests' | 'prodDeps' | 'build' | 'runtime', string> {
  const setup = o.kind === 'pnpm' ? `installs pnpm ${o.pnpmVersion}, then ` : '';
  const changes = o.manifestFiles.length === 1 ? 'it changes' : 'one of them changes';
  const secrets = o.secretIds.length === 0 ? '' : ` (the ${allOf(o.secretIds)} secret${o.secretIds.length === 1 ? '' : 's'} mounted, never copied)`;
  const installs = `installs all dependencies${secrets}`;
  return {
    manifests: `manifests ${setup}copies ${allOf(o.manifestFiles)} only: the installs below stay cached until ${changes}.`,
    prodDeps: `prod-deps installs the production dependencies only${secrets}: what the runtime copies.`,
    build: o.buildScript === false ? `build ${installs} and adds the sources; no build script runs.` : `build ${installs}, adds the sources and runs the ${o.buildScript} script.`,
    runtime: `runtime is what runs: ${o.outputs.length === 0 ? '' : `${allOf(o.outputs)} from build with `}the production dependencies, as a non-root user.`,
  };
}
