import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DslError, stage, workspaceClosure, type StageBuilder, type Workspace, type WorkspaceClosure, type WorkspacePackage } from '@dockerdsl/core';
import { z } from 'zod';
import { baseImage, baseImageSchema, withBasePackages, type BaseImageInput } from './base-image.js';
import { httpHealth, httpHealthcheckSchema, type HttpHealthcheck } from './http-healthcheck.js';
import { Preset } from './preset.js';
import { finishRuntime, runtimeOptionsSchema, type RuntimeOptions } from './runtime-options.js';
import { allOf, counted } from './prose.js';
import { validateOptions } from './validate-options.js';
import { allowOnlyDockerignore } from './workspace-dockerignore.js';
import { workspaceManagerSteps, type WorkspaceManagerSteps } from './workspace-package-manager.js';

/**
 * Parameters of the Node workspace preset. `name`, `workspace` and `package` are required.
 *
 * @example
 * const o: NodeWorkspaceAppOptions = { name: 'api', workspace: readWorkspace(import.meta.dirname), package: '@acme/api', caSecret: 'npm-ca' };
 */
export interface NodeWorkspaceAppOptions extends RuntimeOptions {
  /** The image name (it names the Dockerfile). */
  name: string;
  /** The workspace, from `readWorkspace(root)`; the build context is its root. */
  workspace: Workspace;
  /** The workspace package the image runs (its `name` in package.json). */
  package: string;
  /** The build context relative to the config's folder: where the workspace root is from there. Default `.`. */
  context?: string;
  /** The build base with Node and npm. Default `node:22-bookworm`. */
  buildImage?: BaseImageInput;
  /** The runtime base with Node. Default `node:22-bookworm-slim`. */
  runtimeImage?: BaseImageInput;
  /** The script each package of the closure that has it runs to build, or `false`. Default `build`. */
  buildScript?: string | false;
  /** What a package's build leaves for the runtime, relative to its folder. Default `['dist']`. */
  outputs?: string[];
  /** Root files the build reads besides the manifests and the lockfile (a shared `tsconfig.base.json`). Default none. */
  rootSources?: string[];
  /** The script Node runs, relative to the package's folder. Default `dist/server.js`. */
  main?: string;
  /** Id of a build secret with extra CA certificates for the registry (pass it with `--secret id=…,src=…`). Default none. */
  caSecret?: string;
  /** The pnpm the build installs. Default: the version of the root's `packageManager` field, else 9.15.9. */
  pnpmVersion?: string;
  /** The yarn (berry) the build installs. Default: the version of the root's `packageManager` field, else 4.5.3. */
  yarnVersion?: string;
  /** The Node executable in the runtime image. Default `node`. */
  node?: string;
  /** The workspace root inside the image. Default `/repo`. */
  workdir?: string;
  /** The HTTP health check; `false` for none. Default `{ path: '/health' }` on the first port. */
  healthcheck?: HttpHealthcheck | false;
}

const relativePath = z.string().regex(/^(?![/.])[\w.@/-]+$/, { error: 'a relative path of letters, digits, ., _, -, @ and /' });

/**
 * Schema of the Node workspace preset parameters (the workspace itself is checked by reading it).
 *
 * @example
 * nodeWorkspaceAppSchema.safeParse({ name: 'api', workspace: ws, package: '@acme/api', caSecret: 'a b' }).success; // false
 */
export const nodeWorkspaceAppSchema = z.object({
  ...runtimeOptionsSchema,
  name: z.string().min(1),
  workspace: z.custom<Workspace>((v) => v !== null && typeof v === 'object' && 'packages' in v && 'root' in v, { error: 'the workspace from readWorkspace(root)' }),
  package: z.string().regex(/^(?:@[a-z0-9~][\w.~-]*\/)?[a-z0-9~][\w.~-]*$/i, { error: 'a package name such as @acme/api' }),
  context: z.string().min(1).optional(),
  buildImage: baseImageSchema.optional(),
  runtimeImage: baseImageSchema.optional(),
  buildScript: z.union([z.string().regex(/^[\w:.-]+$/, { error: 'a package script name such as build or build:prod' }), z.literal(false)]).optional(),
  outputs: z.array(relativePath).optional(),
  rootSources: z.array(relativePath).optional(),
  main: relativePath.optional(),
  caSecret: z.string().regex(/^[\w.-]+$/, { error: 'a secret id of letters, digits, ., _ and -' }).optional(),
  pnpmVersion: z.string().regex(/^\d+(?:\.\d+){0,2}$/).optional(),
  yarnVersion: z.string().regex(/^\d+(?:\.\d+){0,2}$/).optional(),
  node: z.string().min(1).optional(),
  workdir: z.string().regex(/^\/\S*$/, { error: 'expected an absolute path without spaces' }).optional(),
  healthcheck: httpHealthcheckSchema.optional(),
});

/**
 * The stages of the Node workspace preset.
 *
 * @example
 * const { build }: NodeWorkspaceStages = nodeWorkspaceApp(options).stages;
 */
export type NodeWorkspaceStages = {
  manifests: StageBuilder<'manifests'>;
  build: StageBuilder<'build'>;
  prodDeps: StageBuilder<'prod-deps'>;
  runtime: StageBuilder<'runtime'>;
};

/**
 * A Node service that is one package of an npm, pnpm or yarn workspace. `manifests` copies the
 * root manifests, the root lockfile and the manifests of the package's closure only, so the
 * frozen install below stays cached until a dependency of this package changes; `build`
 * installs (cache mount, optional CA secret), adds the closure's sources and builds them in
 * dependency order (with turbo or nx when the root has them); `prod-deps` installs production
 * dependencies only (`npm ci --omit=dev --workspace`, `yarn workspaces focus --production`;
 * pnpm deploys with `pnpm deploy --prod` instead); `runtime` has those and the build outputs,
 * runs as a non-root user and starts `node main`. Its `.dockerignore` admits only the files
 * the COPY steps read.
 *
 * @param options - `name`, `workspace`, `package` (the member to build), `buildScript`, `main`, and the runtime settings
 * @example
 * const ws = readWorkspace(import.meta.dirname);
 * export const api = nodeWorkspaceApp({ name: 'api', workspace: ws, package: '@acme/api', ports: [8080] });
 */
export function nodeWorkspaceApp(options: NodeWorkspaceAppOptions): Preset<NodeWorkspaceStages, 'runtime'> {
  validateOptions('node-workspace', nodeWorkspaceAppSchema, options);
  const { name, workspace, buildImage = 'node:22-bookworm', runtimeImage = 'node:22-bookworm-slim', buildScript = 'build', outputs = ['dist'], rootSources = [], main = 'dist/server.js', node = 'node', workdir = '/repo', healthcheck, tags, caSecret, pnpmVersion, yarnVersion, context, package: _package, ...runtime } = options;
  const closure = workspaceClosure(workspace, options.package);
  if (workspace.lockfile === undefined) throw new DslError([{ code: 'DSL7009', rule: 'WorkspaceLockfileMissing', severity: 'error', message: `the ${workspace.manager} workspace at ${workspace.root} has no lockfile`, path: ['presets', 'node-workspace', 'workspace'], hint: `run \`${workspace.manager} install\` at the root and commit the lockfile` }]);
  const declared = declaredVersion(workspace);
  if (workspace.manager === 'yarn' && isYarnClassic(workspace, yarnVersion ?? declared)) {
    throw new DslError([{ code: 'DSL7040', rule: 'YarnClassicWorkspace', severity: 'error', message: `the yarn workspace at ${workspace.root} uses yarn 1 (classic), which cannot install one workspace from a frozen lockfile`, path: ['presets', 'node-workspace', 'workspace'], hint: 'move the workspace to yarn 4 (`yarn set version stable`, then `yarn install`), or set yarnVersion to the yarn 2+ it uses' }]);
  }
  const pnpm = pnpmVersion ?? (workspace.manager === 'pnpm' ? declared : undefined);
  const yarn = yarnVersion ?? (workspace.manager === 'yarn' ? declared : undefined);
  const pm = workspaceManagerSteps(workspace.manager, { ...(caSecret ? { caSecret } : {}), ...(pnpm ? { pnpmVersion: pnpm } : {}), ...(yarn ? { yarnVersion: yarn } : {}) });
  const built = buildScript === false ? [] : closure.packages.filter((p) => typeof p.manifest.scripts?.[buildScript] === 'string');
  const runner = ['turbo', 'nx'].find((tool) => hasRootDependency(workspace, tool)) as 'turbo' | 'nx' | undefined;
  const runnerFiles = runner === undefined ? [] : [`${runner}.json`];
  const appDir = `${workdir}/${closure.package.dir}`;
  const build = baseImage(buildImage);
  const run = baseImage(runtimeImage);
  const comments = nodeWorkspaceComments({ pm, closure, built, buildScript, outputs, runner });

  let manifests = withBasePackages(stage('manifests', { from: build.image, comment: comments.manifests }), build.aptPackages)
    .step(...pm.setup)
    .workdir(workdir)
    .copy([...workspace.rootFiles, workspace.lockfile], './');
  const manifestPackages = pm.needsEveryManifest ? [...workspace.packages.values()].filter((p) => !closure.packages.includes(p)).concat(closure.packages) : closure.packages;
  for (const pkg of manifestPackages) manifests = manifests.copy(`${pkg.dir}/package.json`, `${pkg.dir}/`);

  let builder = stage('build', { from: manifests, comment: comments.build }).step(pm.install(closure.package.name));
  const extraRootFiles = [...rootSources, ...runnerFiles];
  if (extraRootFiles.length > 0) builder = builder.copy(extraRootFiles, './');
  for (const pkg of closure.packages) builder = builder.copy(pkg.dir, pkg.dir);
  if (buildScript !== false && (built.length > 0 || runner)) builder = builder.run(pm.build(buildScript, built.map((p) => p.name), closure.package.name, runner));

  let final = withBasePackages(stage('runtime', { from: run.image, comment: comments.runtime }), run.aptPackages).env({ NODE_ENV: 'production', ...runtime.env });
  let prodDeps: StageBuilder<'prod-deps'>;
  if (pm.production.kind === 'deploy') {
    // pnpm deploy copies the package with its production dependencies, workspace ones included
    // with their build outputs, into one folder: it runs after the build.
    prodDeps = stage('prod-deps', { from: builder, comment: comments.prodDeps }).step(pm.production.step(closure.package.name));
    final = final.workdir('/app').copyFrom(prodDeps, pm.production.folder, '/app');
  } else {
    prodDeps = stage('prod-deps', { from: manifests, comment: comments.prodDeps }).step(pm.production.step(closure.package.name));
    final = final.workdir(workdir).copyFrom(prodDeps, workdir, workdir);
    for (const pkg of closure.packages) {
      if (built.includes(pkg)) for (const output of outputs) final = final.copyFrom(builder, `${workdir}/${pkg.dir}/${output}`, `${workdir}/${pkg.dir}/${output}`);
      else final = final.copy(pkg.dir, pkg.dir);
    }
    final = final.workdir(appDir);
  }
  const ports = runtime.ports ?? [3000];
  const stages: NodeWorkspaceStages = { manifests, build: builder, prodDeps, runtime: finishRuntime(final, { ...runtime, ports }, [node, main], httpHealth('node', node, healthcheck, ports)) };
  const admitted = [...workspace.rootFiles, workspace.lockfile, ...extraRootFiles, ...closure.packages.map((p) => p.dir), ...manifestPackages.filter((p) => !closure.packages.includes(p)).map((p) => `${p.dir}/package.json`)];
  const excluded = built.flatMap((p) => outputs.map((o) => `${p.dir}/${o}`));
  return new Preset(name, stages, 'runtime', { dockerignore: allowOnlyDockerignore(admitted, excluded), ...(context ? { context } : {}), ...(tags ? { tags } : {}) });
}

/** The version in the root's `packageManager` field (`yarn@4.5.3`, `pnpm@9.15.9+sha512…`), the one the workspace's lockfile was written with. */
function declaredVersion(workspace: Workspace): string | undefined {
  return /^(?:npm|pnpm|yarn)@(\d+\.\d+\.\d+)(?:$|\+)/.exec(workspace.rootManifest.packageManager ?? '')?.[1];
}

/** Yarn 1: a 1.x version (given or in `packageManager`), or, with none, the v1 lockfile header. */
function isYarnClassic(workspace: Workspace, version: string | undefined): boolean {
  if (version !== undefined) return version.split('.')[0] === '1';
  if (workspace.lockfile === undefined) return false;
  return readFileSync(join(workspace.root, workspace.lockfile), 'utf8').slice(0, 200).includes('yarn lockfile v1');
}

function hasRootDependency(workspace: Workspace, tool: string): boolean {
  const m = workspace.rootManifest;
  return typeof m.devDependencies?.[tool] === 'string' || typeof m.dependencies?.[tool] === 'string';
}

/** The comment above each stage, naming what this closure and these options put in it. */
function nodeWorkspaceComments(o: { pm: WorkspaceManagerSteps; closure: WorkspaceClosure; built: readonly WorkspacePackage[]; buildScript: string | false; outputs: readonly string[]; runner: 'turbo' | 'nx' | undefined }): Record<'manifests' | 'build' | 'prodDeps' | 'runtime', string> {
  const target = o.closure.package.name;
  const setup = o.pm.setupSummary === undefined ? '' : `${o.pm.setupSummary}, then `;
  const install = `build installs what ${target} needs`;
  const builds = o.buildScript !== false && (o.built.length > 0 || o.runner !== undefined);
  const buildsWhat = o.runner !== undefined ? `runs its ${o.buildScript} script through ${o.runner}` : `runs ${o.buildScript} in ${allOf(o.built.map((p) => p.name))}, dependencies first`;
  const unbuilt = o.closure.packages.filter((p) => !o.built.includes(p)).map((p) => p.name);
  const shipped = [
    'the production dependencies',
    ...(o.built.length > 0 && o.outputs.length > 0 ? [`${allOf(o.outputs)} of ${allOf(o.built.map((p) => p.name))}`] : []),
    ...(unbuilt.length > 0 ? [`the sources of ${allOf(unbuilt)}`] : []),
  ];
  const deploys = o.pm.production.kind === 'deploy';
  return {
    manifests: o.pm.needsEveryManifest
      ? `manifests ${setup}copies the root manifests, the lockfile and the package.json of every workspace package (yarn checks its lockfile against all of them), but no sources: the install below stays cached until one of them changes.`
      : `manifests ${setup}copies the root manifests, the lockfile and ${o.closure.packages.length === 1 ? `the package.json of ${target}` : `the package.json of the ${counted(o.closure.packages.length, 'package')} ${target} is built from`}: the install below stays cached until one of them changes.`,
    build: builds ? `${install}, adds the sources of its workspace closure and ${buildsWhat}.` : `${install} and adds the sources of its workspace closure; ${o.buildScript === false ? 'no build script runs' : `none of them has a ${o.buildScript} script`}.`,
    prodDeps: deploys ? `prod-deps deploys ${target} with its production dependencies only.` : `prod-deps installs the production dependencies of ${target} only.`,
    runtime: `runtime is what runs: ${deploys ? `the folder pnpm deploy made for ${target}` : allOf(shipped)}, as a non-root user.`,
  };
}
