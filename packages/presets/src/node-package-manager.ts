import { cache, run, type RunInstruction } from '@dockerdsl/core';

/**
 * The Node package managers the Node preset knows.
 *
 * @example
 * const pm: NodePackageManager = 'pnpm';
 */
export type NodePackageManager = 'npm' | 'pnpm';

/**
 * The commands one package manager needs in a Docker build: its manifests, an optional setup
 * step, a frozen install (all or production dependencies) with a cache mount, and running a script.
 *
 * @example
 * const pm = packageManager('pnpm', '9.15.9');
 * pm.manifests; // ['package.json', 'pnpm-lock.yaml']
 */
export interface PackageManagerSteps {
  /** Files that pin the dependencies, copied before the sources. */
  manifests: string[];
  /** Steps before the install (installing the package manager itself). */
  setup: RunInstruction[];
  /** The frozen, lockfile-exact install of every dependency, or only the production ones. */
  install(production: boolean): RunInstruction;
  /** The shell command that runs a package script. */
  runScript(script: string): string;
}

const npmCache = cache('/root/.npm');

/**
 * The steps of `npm` or `pnpm` (pinned to `pnpmVersion`, installed with npm so it works on any
 * Node base, with corepack or without).
 *
 * @example
 * packageManager('npm', '9.15.9').install(true); // RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund
 */
export function packageManager(kind: NodePackageManager, pnpmVersion: string): PackageManagerSteps {
  if (kind === 'npm') {
    return {
      manifests: ['package.json', 'package-lock.json'],
      setup: [],
      install: (production) => run(`npm ci${production ? ' --omit=dev' : ''} --no-audit --no-fund`, { mounts: [npmCache] }),
      runScript: (script) => `npm run ${script}`,
    };
  }
  return {
    manifests: ['package.json', 'pnpm-lock.yaml'],
    setup: [run(`npm install --global --no-audit --no-fund pnpm@${pnpmVersion}`, { mounts: [npmCache] })],
    install: (production) => run(`pnpm install${production ? ' --prod' : ''} --frozen-lockfile --store-dir /pnpm/store`, { mounts: [cache('/pnpm/store', { id: 'pnpm-store' })] }),
    runScript: (script) => `pnpm run ${script}`,
  };
}
