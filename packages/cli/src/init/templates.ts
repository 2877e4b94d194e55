/** The kinds of service `dsl init` has a starter for. */
export const starterKinds = ['node', 'go', 'python'] as const;

/** One of the starter kinds. */
export type StarterKind = (typeof starterKinds)[number];

const header = (base: string, envName: string): string => `import { defineConfig, image, stage } from '@dockerdsl/core';

// Base images are parameters: override them per machine or CI (e.g. a mirror) without editing.
const base = process.env.${envName} ?? '${base}';
`;

const starters: Record<StarterKind, string> = {
  node: `${header('node:22-bookworm-slim', 'NODE_BASE')}
const deps = stage('deps', { from: base })
  .workdir('/app')
  .copy(['package.json', 'package-lock.json'], './')
  .run('npm ci --omit=dev');

const runtime = stage('runtime', { from: base })
  .workdir('/app')
  .env({ NODE_ENV: 'production' })
  .copyFrom(deps, '/app/node_modules', './node_modules')
  .copy('.', '.')
  .user('node')
  .expose(3000)
  .cmd(['node', 'server.js']);

export default defineConfig({
  images: [image('app', { stages: [deps, runtime], tags: ['app:dev'], dockerignore: ['node_modules', '.git', '.dsl'] })],
});
`,
  go: `${header('golang:1.22-bookworm', 'GO_BASE')}
const build = stage('build', { from: base })
  .workdir('/src')
  .copy(['go.mod', 'go.sum'], './')
  .run('go mod download')
  .copy('.', '.')
  .run('CGO_ENABLED=0 go build -trimpath -o /out/app .');

const runtime = stage('runtime', { from: 'scratch' })
  .copyFrom(build, '/out/app', '/app')
  .user(65532)
  .expose(8080)
  .entrypoint(['/app']);

export default defineConfig({
  images: [image('app', { stages: [build, runtime], tags: ['app:dev'], dockerignore: ['.git', '.dsl'] })],
});
`,
  python: `${header('python:3.12-slim-bookworm', 'PYTHON_BASE')}
const runtime = stage('runtime', { from: base })
  .workdir('/app')
  .env({ PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' })
  .copy('requirements.txt', './')
  .run('pip install --no-cache-dir -r requirements.txt')
  .copy('.', '.')
  .user('nobody')
  .expose(8000)
  .cmd(['python', '-m', 'app']);

export default defineConfig({
  images: [image('app', { stages: [runtime], tags: ['app:dev'], dockerignore: ['.git', '.dsl', '__pycache__', '.venv'] })],
});
`,
};

/**
 * The text of a starter `dsl.config.ts` for a kind of service.
 *
 * @example
 * writeFileSync('dsl.config.ts', starterConfig('go'));
 */
export function starterConfig(kind: StarterKind): string {
  return starters[kind];
}
