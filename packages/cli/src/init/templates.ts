/** The kinds of service `dsl init` has a starter for, with what each one builds. */
export const starterKinds = ['node', 'go', 'python'] as const;

/** One of the starter kinds. */
export type StarterKind = (typeof starterKinds)[number];

/**
 * One line per kind, for `dsl init --help`.
 *
 * @example
 * starterSummaries.go; // 'a Go module built to a static binary on scratch (port 8080)'
 */
export const starterSummaries: Record<StarterKind, string> = {
  node: 'a Node app (npm ci with a cache mount, dist/server.js, port 3000; the default)',
  go: 'a Go module built to a static binary on scratch (port 8080)',
  python: 'a Python app from requirements.txt (python -m <name>, port 8000)',
};

const call: Record<StarterKind, { preset: string; about: string; options: (name: string) => string }> = {
  node: {
    preset: 'nodeApp',
    about: 'npm ci with a cache mount, a non-root user and an HTTP health check on /health (through Node\'s fetch)',
    options: (name) => `name: '${name}',\n  ports: [3000],\n  main: 'dist/server.js'`,
  },
  go: {
    preset: 'goApp',
    about: 'go mod download and go build with cache mounts, a static binary on scratch run as a non-root user',
    options: (name) =>
      `name: '${name}',\n  ports: [8080],\n  // scratch has no shell and no curl: the binary checks its own /health when run with -healthcheck.\n  healthcheck: { command: ['/usr/local/bin/${name}', '-healthcheck'] }`,
  },
  python: {
    preset: 'pythonApp',
    about: 'pip install with a cache mount, a non-root user and an HTTP health check on /health (through urllib)',
    options: (name) => `name: '${name}',\n  ports: [8000]`,
  },
};

const ignored: Record<StarterKind, string[]> = {
  node: ['.git', '.dsl', 'node_modules', 'dist'],
  go: ['.git', '.dsl', 'node_modules'],
  python: ['.git', '.dsl', 'node_modules', '__pycache__', '.venv'],
};


/**
 * A name Docker accepts for an image, made from a package or folder name: `@acme/Web API`
 * becomes `web-api`; `app` when nothing usable is left.
 *
 * @example
 * imageNameFor('@acme/Web_API'); // 'web-api'
 */
export function imageNameFor(raw: string): string {
  const name = raw
    .replace(/^@[^/]*\//, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(name) ? name : 'app';
}

/**
 * The text of a starter `dsl.config.ts`: the kind's preset (frozen installs with cache mounts, a
 * non-root user, an HTTP health check), tagged `<name>:dev`.
 *
 * @example
 * writeFileSync('dsl.config.ts', starterConfig('go', 'api'));
 */
export function starterConfig(kind: StarterKind, name = 'app'): string {
  const { preset, about, options } = call[kind];
  const variable = name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  const dockerignore = ignored[kind].map((entry) => `'${entry}'`).join(', ');
  return `import { defineConfig } from '@dockerdsl/core';
import { ${preset} } from '@dockerdsl/presets';

// The preset writes the stages: ${about}.
// Change a stage with \`.change('<role>', (s) => s.run(...))\`; the @dockerdsl/presets README lists every option.
const ${variable} = ${preset}({
  ${options(name)},
  tags: ['${name}:dev'],
});

export default defineConfig({
  images: [${variable}.image().with({ dockerignore: [${dockerignore}] })],
});
`;
}
