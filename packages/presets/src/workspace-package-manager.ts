import { cache, run, secret, type Mount, type RunInstruction, type WorkspaceManager } from '@dockerdsl/core';

/**
 * How the workspace preset installs, builds and ships one package with a given manager: the
 * setup of the manager, the frozen install of the package's closure, the build commands, and
 * how the production dependencies are produced — a `prod-deps` stage (npm, yarn) or a
 * `pnpm deploy` folder made at the end of the build stage.
 *
 * @example
 * const steps = workspaceManagerSteps('npm', { caSecret: 'npm-ca' });
 * steps.install('@acme/api'); // RUN --mount=… NODE_EXTRA_CA_CERTS=/run/secrets/npm-ca npm ci --workspace @acme/api --include-workspace-root …
 */
export interface WorkspaceManagerSteps {
  /** Steps before anything is installed (the manager itself, for pnpm and yarn). */
  setup: RunInstruction[];
  /** What the setup steps do, in words (`'installs pnpm 9.15.9'`), or `undefined` when there are none. */
  setupSummary: string | undefined;
  /**
   * Whether the frozen install needs the manifest of every workspace package, not only those of
   * the closure: yarn compares the whole workspace with its lockfile and refuses an install in
   * which a workspace listed there is missing.
   */
  needsEveryManifest: boolean;
  /** The lockfile-exact install of everything the package's closure needs to build. */
  install(pkg: string): RunInstruction;
  /** One shell command running `script` in each package (in order), or through turbo or nx. */
  build(script: string, packages: readonly string[], target: string, runner: 'turbo' | 'nx' | undefined): string;
  /** Production dependencies only: installed in a stage of their own, or deployed to a folder by the build stage. */
  production: { kind: 'install'; step(pkg: string): RunInstruction } | { kind: 'deploy'; folder: string; step(pkg: string): RunInstruction };
}

/**
 * Options of the package-manager steps.
 *
 * @example
 * const o: WorkspaceManagerOptions = { caSecret: 'npm-ca', pnpmVersion: '9.15.9' };
 */
export interface WorkspaceManagerOptions {
  /** Id of a build secret holding extra CA certificates for the registry (a proxy's or a private registry's). */
  caSecret?: string;
  pnpmVersion?: string;
  yarnVersion?: string;
}

/**
 * The steps of npm, pnpm or yarn (berry) for the workspace preset. Every step that reaches the
 * registry mounts the package cache and, with `caSecret`, the CA bundle as a build secret
 * (`NODE_EXTRA_CA_CERTS` points at it; it never lands in a layer, and is optional, so a build
 * without the secret still runs).
 *
 * @param manager - the workspace's package manager
 * @param options - the member to install for and registry secrets
 * @example
 * workspaceManagerSteps('pnpm', {}).production.kind; // 'deploy'
 */
export function workspaceManagerSteps(manager: WorkspaceManager, options: WorkspaceManagerOptions): WorkspaceManagerSteps {
  const ca = options.caSecret;
  const withCa = (command: string, mounts: Mount[]): RunInstruction =>
    ca === undefined ? run(command, { mounts }) : run(`NODE_EXTRA_CA_CERTS=/run/secrets/${ca} ${command}`, { mounts: [...mounts, secret(ca, { target: `/run/secrets/${ca}` })] });
  const npmCache = cache('/root/.npm', { id: 'npm-cache', sharing: 'locked' });
  if (manager === 'npm') {
    return {
      setup: [],
      setupSummary: undefined,
      needsEveryManifest: false,
      install: (pkg) => withCa(`npm ci --workspace ${pkg} --include-workspace-root --no-audit --no-fund`, [npmCache]),
      build: (script, packages, target, runner) => (runner === 'turbo' ? `npx turbo run ${script} --filter=${target}...` : runner === 'nx' ? `npx nx run ${target}:${script}` : packages.map((p) => `npm run ${script} --workspace ${p}`).join(' && ')),
      production: { kind: 'install', step: (pkg) => withCa(`npm ci --omit=dev --workspace ${pkg} --no-audit --no-fund`, [npmCache]) },
    };
  }
  if (manager === 'pnpm') {
    const store = cache('/pnpm/store', { id: 'pnpm-store', sharing: 'locked' });
    const version = options.pnpmVersion ?? '9.15.9';
    return {
      setup: [withCa(`npm install --global --no-audit --no-fund pnpm@${version}`, [npmCache])],
      setupSummary: `installs pnpm ${version}`,
      needsEveryManifest: false,
      install: (pkg) => withCa(`pnpm install --frozen-lockfile --filter ${pkg}... --store-dir /pnpm/store`, [store]),
      build: (script, _packages, target, runner) => (runner === 'turbo' ? `pnpm exec turbo run ${script} --filter=${target}...` : runner === 'nx' ? `pnpm exec nx run ${target}:${script}` : `pnpm --filter ${target}... run ${script}`),
      production: { kind: 'deploy', folder: '/deploy', step: (pkg) => withCa(`pnpm --filter ${pkg} deploy --prod --store-dir /pnpm/store /deploy`, [store]) },
    };
  }
  const yarnCache = cache('/root/.yarn/berry/cache', { id: 'yarn-cache', sharing: 'locked' });
  const yarnVersion = options.yarnVersion ?? '4.5.3';
  return {
    // Yarn from the npm registry (its @yarnpkg/cli-dist package), like pnpm: corepack would
    // fetch it from a host of its own, which a proxy or a private registry does not serve, and
    // Debian's Node has no corepack. --force replaces the yarn 1 that Node's images link.
    setup: [withCa(`npm install --global --force --no-audit --no-fund @yarnpkg/cli-dist@${yarnVersion}`, [npmCache])],
    setupSummary: `installs yarn ${yarnVersion}`,
    needsEveryManifest: true,
    install: () => withCa('yarn install --immutable', [yarnCache]),
    build: (script, _packages, target, runner) => (runner === 'turbo' ? `yarn turbo run ${script} --filter=${target}...` : runner === 'nx' ? `yarn nx run ${target}:${script}` : `yarn workspaces foreach --recursive --topological --from ${target} run ${script}`),
    production: { kind: 'install', step: (pkg) => withCa(`yarn workspaces focus ${pkg} --production`, [yarnCache]) },
  };
}
