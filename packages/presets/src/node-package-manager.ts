import { cache, run, secret, type BuildSecret, type Mount, type RunInstruction } from '@dockerdsl/core';

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
 * Credentials the installs need, as build secrets: mounted only while the package manager runs,
 * never in the context, a layer or the image history.
 *
 * @example
 * const secrets: RegistrySecrets = { npmrc: buildSecret('npmrc', { file: '.npmrc.ci' }), caBundle: buildSecret('ca', { env: 'CA_PEM_FILE' }) };
 */
export interface RegistrySecrets {
  /** An `.npmrc` (registry, scopes, `_authToken`), mounted as the user config `/root/.npmrc`. */
  npmrc?: BuildSecret;
  /** A PEM bundle of extra CAs (a company proxy), given to Node as `NODE_EXTRA_CA_CERTS`. */
  caBundle?: BuildSecret;
}

/**
 * The steps of `npm` or `pnpm` (pinned to `pnpmVersion`, installed with npm so it works on any
 * Node base, with corepack or without); every step that reaches the registry mounts the
 * registry secrets.
 *
 * @param kind - `npm`, `pnpm` or `yarn`
 * @param pnpmVersion - the pnpm version Corepack activates
 * @param secrets - registry credentials mounted as build secrets
 * @example
 * packageManager('npm', '9.15.9').install(true); // RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund
 */
export function packageManager(kind: NodePackageManager, pnpmVersion: string, secrets: RegistrySecrets = {}): PackageManagerSteps {
  const secretMounts: Mount[] = [
    ...(secrets.npmrc ? [secret(secrets.npmrc, { target: '/root/.npmrc', required: true })] : []),
    ...(secrets.caBundle ? [secret(secrets.caBundle, { required: true })] : []),
  ];
  // A variable on the command only: an ENV would stay in the image, pointing at nothing.
  const prefix = secrets.caBundle ? `NODE_EXTRA_CA_CERTS=/run/secrets/${secrets.caBundle.id} ` : '';
  const registry = (command: string, mounts: Mount[]): RunInstruction => run(`${prefix}${command}`, { mounts: [...mounts, ...secretMounts] });
  if (kind === 'npm') {
    return {
      manifests: ['package.json', 'package-lock.json'],
      setup: [],
      install: (production) => registry(`npm ci${production ? ' --omit=dev' : ''} --no-audit --no-fund`, [npmCache]),
      runScript: (script) => `npm run ${script}`,
    };
  }
  return {
    manifests: ['package.json', 'pnpm-lock.yaml'],
    setup: [registry(`npm install --global --no-audit --no-fund pnpm@${pnpmVersion}`, [npmCache])],
    install: (production) => registry(`pnpm install${production ? ' --prod' : ''} --frozen-lockfile --store-dir /pnpm/store`, [cache('/pnpm/store', { id: 'pnpm-store' })]),
    runScript: (script) => `pnpm run ${script}`,
  };
}
