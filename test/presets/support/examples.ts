import * as presets from '@dockerdsl/presets';
import { buildSecret, stage, toDockerfile } from '@dockerdsl/core';

/** A preset call written as text: the docs show exactly the code that produced the Dockerfile. */
export interface PresetExample {
  id: string;
  title: string;
  call: string;
}

/** Evaluates a preset call with every export of @dockerdsl/presets (and core's `stage` and `buildSecret`) in scope. */
export function evaluate(call: string): presets.Preset<presets.StageMap, string> {
  const scope: Record<string, unknown> = { ...presets, stage, buildSecret };
  const names = Object.keys(scope);
  return new Function(...names, `return ${call};`)(...names.map((n) => scope[n]));
}

/** The Dockerfile of a preset call. */
export function dockerfileOf(call: string): string {
  return toDockerfile(evaluate(call).image());
}

/** The documented and golden-tested calls, per preset page. */
export const pages = {
  node: {
    title: 'Node',
    fn: 'nodeApp',
    optionsInterface: 'NodeAppOptions',
    examples: [
      { id: 'node-npm', title: 'npm, with the defaults', call: "nodeApp({ name: 'web' })" },
      { id: 'node-pnpm', title: 'pnpm, a pinned runtime base, no build script', call: "nodeApp({ name: 'web', packageManager: 'pnpm', runtimeImage: pin('node', { tag: '22-bookworm-slim', digest: 'sha256:' + '0'.repeat(64) }), buildScript: false, outputs: ['src'], main: 'src/server.js' })" },
    ],
  },
  go: {
    title: 'Go',
    fn: 'goApp',
    optionsInterface: 'GoAppOptions',
    examples: [
      { id: 'go-scratch', title: 'a static binary on scratch, with the defaults', call: "goApp({ name: 'api' })" },
      { id: 'go-distroless', title: 'a command package on a distroless static base, with its own health check', call: "goApp({ name: 'api', package: './cmd/api', runtimeImage: 'distroless/static-debian12:nonroot', caCertificates: false, user: { uid: 65532, gid: 65532 }, healthcheck: { command: ['/usr/local/bin/api', '-healthcheck'] } })" },
    ],
  },
  python: {
    title: 'Python',
    fn: 'pythonApp',
    optionsInterface: 'PythonAppOptions',
    examples: [
      { id: 'python-slim', title: 'pip wheels onto a slim base, with the defaults', call: "pythonApp({ name: 'worker' })" },
      { id: 'python-distroless', title: 'onto a distroless Python base (no shell, no pip)', call: "pythonApp({ name: 'worker', buildImage: 'python:3.11-slim-bookworm', runtimeImage: 'distroless/python3-debian12:nonroot', ports: [8000] })" },
    ],
  },
  'static-binary': {
    title: 'Static binary',
    fn: 'staticBinary',
    optionsInterface: 'StaticBinaryOptions',
    examples: [
      { id: 'static-binary', title: 'any build stage that leaves a static executable', call: "staticBinary({ name: 'tool', from: stage('build', { from: 'rust:1.82-bookworm' }).workdir('/src').copy('.', '.').run('cargo build --release && install -D target/release/tool /out/app') })" },
    ],
  },
} satisfies Record<string, { title: string; fn: string; optionsInterface: string; examples: PresetExample[] }>;
