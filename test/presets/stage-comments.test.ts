import { describe, expect, it } from 'vitest';
import { dockerfileOf } from './support/examples.js';

// The comment above each preset stage says what that stage does with the options in effect: an
// option that removes a step removes its words, one that adds a step adds them. Each preset
// whose comments depend on options has goldens for contrasting combinations here (the
// documented calls in golden.test.ts are the defaults); update with `-u` and review the diff.
const cases = [
  { id: 'node-npm-secrets-no-outputs', call: "nodeApp({ name: 'web', manifests: ['package.json', 'package-lock.json', '.npmrc.defaults'], npmrc: buildSecret('npmrc', { file: '.npmrc.ci' }), caBundle: buildSecret('proxy_ca', { env: 'PROXY_CA_FILE' }), buildScript: 'build:prod', outputs: [], main: 'server.js' })" },
  { id: 'node-pnpm-one-manifest', call: "nodeApp({ name: 'web', packageManager: 'pnpm', pnpmVersion: '10.1.0', manifests: ['package.json'], outputs: ['dist', 'public'] })" },
  { id: 'python-requirements-only', call: "pythonApp({ name: 'worker', requirements: 'deploy/requirements.lock', project: false, target: '/srv/app' })" },
  { id: 'python-project-only', call: "pythonApp({ name: 'worker', requirements: false, buildIsolation: false })" },
  { id: 'go-cgo-one-manifest', call: "goApp({ name: 'api', cgo: true, manifests: ['go.mod'], runtimeImage: { image: 'debian:bookworm-slim', aptPackages: ['ca-certificates', 'libsqlite3-0'] }, caCertificates: false })" },
  { id: 'static-binary-alone', call: "staticBinary({ name: 'tool', from: stage('compile', { from: 'rust:1.82-bookworm' }).workdir('/src').copy('.', '.').run('cargo build --release && install -D target/release/tool /out/app'), caCertificates: false })" },
  { id: 'static-binary-apt', call: "staticBinary({ name: 'tool', from: stage('compile', { from: 'rust:1.82-bookworm' }).run('make'), runtimeImage: { image: 'debian:bookworm-slim', aptPackages: ['curl'] } })" },
];

describe('preset stage comments follow the options', () => {
  for (const { id, call } of cases) {
    it(id, async () => {
      await expect(dockerfileOf(call)).toMatchFileSnapshot(`./golden/comments/${id}.Dockerfile`);
    });
  }
});
