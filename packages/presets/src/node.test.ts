import { describe, expect, it } from 'vitest';
import { buildSecret, DslError, toDockerfile } from '@dockerdsl/core';
import { imageBuildInputs } from '@dockerdsl/core/tooling';
import { nodeApp } from './node.js';

const text = (options: Parameters<typeof nodeApp>[0]) => toDockerfile(nodeApp(options).image());

describe('nodeApp', () => {
  it('copies the npm manifests before the sources and installs with npm ci and a cache mount', () => {
    const out = text({ name: 'web' });
    expect(out.indexOf('COPY package.json package-lock.json ./')).toBeLessThan(out.indexOf('COPY . .'));
    expect(out).toContain('RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund');
    expect(out).toContain('RUN npm run build');
  });

  it('uses pnpm with its lockfile, a pinned version and a store cache', () => {
    const out = text({ name: 'web', packageManager: 'pnpm', pnpmVersion: '9.1.0' });
    expect(out).toContain('COPY package.json pnpm-lock.yaml ./');
    expect(out).toContain('pnpm@9.1.0');
    expect(out).toContain('--mount=type=cache,target=/pnpm/store,id=pnpm-store pnpm install --prod --frozen-lockfile');
  });

  it('runs as a numeric non-root user with an exec-form entrypoint and a fetch health check', () => {
    const out = text({ name: 'web', user: { uid: 1000, gid: 1000 }, main: 'server.js', ports: [8080] });
    expect(out).toContain('USER 1000:1000');
    expect(out).toContain('EXPOSE 8080');
    expect(out).toContain("fetch('http://127.0.0.1:8080/health')");
    expect(out).toMatch(/ENTRYPOINT \["node", "server\.js"\]\n$/);
  });

  it('copies only the listed outputs and skips the build script when there is none', () => {
    const out = text({ name: 'web', buildScript: false, outputs: ['server', 'public'], healthcheck: false });
    expect(out).not.toContain('npm run');
    expect(out).toContain('COPY --from=build /app/server /app/server');
    expect(out).toContain('COPY --from=build /app/public /app/public');
    expect(out).not.toContain('HEALTHCHECK');
  });

  it('installs the toolchain with apt when the base image lacks it', () => {
    const out = text({ name: 'web', buildImage: { image: 'debian:bookworm-slim', aptPackages: ['nodejs', 'npm'] } });
    expect(out).toMatch(/FROM debian:bookworm-slim AS manifests\nRUN --mount=type=cache,target=\/var\/cache\/apt,sharing=locked apt-get update/);
  });

  it('reports a bad parameter as a diagnostic, not a stack trace', () => {
    expect(() => nodeApp({ name: 'web', packageManager: 'yarn' as 'npm' })).toThrow(DslError);
    expect(() => nodeApp({ name: 'web', buildScript: 'build && rm -rf /' })).toThrow(/presets\.node\.buildScript|package script/);
  });
});

describe('nodeApp with registry secrets', () => {
  const npmrc = buildSecret('npmrc', { file: '.npmrc.ci' });
  const caBundle = buildSecret('proxy_ca', { env: 'PROXY_CA_FILE' });

  it('mounts the .npmrc and the CA bundle as secrets on every install, never copying them', () => {
    const out = text({ name: 'web', packageManager: 'pnpm', npmrc, caBundle });
    const secretMounts = '--mount=type=secret,target=/root/.npmrc,id=npmrc,required --mount=type=secret,id=proxy_ca,required';
    expect(out).toContain(`RUN --mount=type=cache,target=/root/.npm ${secretMounts} NODE_EXTRA_CA_CERTS=/run/secrets/proxy_ca npm install --global`);
    expect(out).toContain(`${secretMounts} NODE_EXTRA_CA_CERTS=/run/secrets/proxy_ca pnpm install --prod --frozen-lockfile`);
    expect(out).not.toMatch(/^ENV .*NODE_EXTRA_CA_CERTS/m);
    expect(out).not.toContain('.npmrc.ci');
  });

  it('declares the secrets on the image, so the bake file and Compose carry their sources', () => {
    expect(imageBuildInputs(nodeApp({ name: 'web', npmrc, caBundle }).image().toImage()).secrets).toEqual([npmrc, caBundle]);
  });

  it('rejects a secret without a source', () => {
    expect(() => nodeApp({ name: 'web', npmrc: { id: 'npmrc' } })).toThrow(DslError);
  });
});
