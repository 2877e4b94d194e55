import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';
import { shop } from './fixtures/full-stack.js';
import { describeWithEngine } from '../support/engine.js';
import { composeConfig } from './support/docker-compose.js';
import { schemaErrors } from './support/schema.js';

const { compileCompose, composeYaml } = compose;
const layout = { projectDir: '/repo', outDir: '/repo/docker' };

describe('compileCompose', () => {
  const result = compileCompose(shop, { projectDir: '/repo', outDir: 'docker' });

  it('writes the base file, the override and the per-environment file', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files.map((f) => f.path)).toEqual(['compose.yaml', 'compose.override.yaml', 'compose.prod.yaml']);
  });

  it('matches the golden files', async () => {
    for (const file of result.files) await expect(file.text).toMatchFileSnapshot(`./__golden__/shop/${file.path}`);
  });

  it('emits files that the Compose Specification schema accepts', () => {
    for (const file of result.files) expect(schemaErrors(file.text), file.path).toEqual([]);
  });

  it('never writes the obsolete version key, and quotes strings only where YAML needs it', () => {
    const base = result.files[0]!.text;
    expect(base).not.toMatch(/^version:/m);
    expect(base).toContain('FLAG: "no"');
    expect(base).toContain('restart: unless-stopped\n');
    expect(base).toContain('- exec "$$@"\n');
  });

  it('points build at the generated Dockerfile, relative to the context', () => {
    const base = result.files[0]!.text;
    expect(base).toContain('context: ../api\n');
    expect(base).toContain('dockerfile: ../docker/api.Dockerfile\n');
    expect(base).toContain('target: runtime\n');
  });

  it('is deterministic', () => {
    const again = compileCompose(shop, { projectDir: '/repo', outDir: 'docker' });
    expect(again.files).toEqual(result.files);
  });

  it('returns the Dockerfiles of the images it builds when asked', () => {
    const withImages = compileCompose(shop, { projectDir: '/repo', outDir: 'docker', dockerfiles: true });
    expect(withImages.files.map((f) => f.path)).toContain('api.Dockerfile');
    expect(withImages.images.map((i) => i.name)).toEqual(['api']);
  });

  it('writes nothing when the stack has errors', () => {
    const broken = { name: 'broken', services: { web: {} } };
    const out = compileCompose(broken);
    expect(out.ok).toBe(false);
    expect(out.files).toEqual([]);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['DSL4010']);
  });

  it('checks each variant as docker compose will see it (base merged with the patch)', () => {
    const stack: compose.ComposeStack = {
      name: 'variants',
      services: { web: { image: 'nginx', ports: [{ target: 80, published: 8080 }] }, api: { image: 'api' } },
      variants: [{ file: 'compose.override.yaml', mode: 'override', patch: { services: { api: { ports: [{ target: 3000, published: 8080 }] } } } }],
    };
    const out = compileCompose(stack);
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d) => [d.code, d.path.slice(0, 4)])).toEqual([['DSL4008', ['compose', 'variants', 'variants', 'compose.override.yaml']]]);
  });

  it('runs shell-form commands under a shell, since Compose only splits a string command', () => {
    const text = composeYaml({ services: { job: { image: 'busybox', command: { shell: 'echo $HOME && true' } } } }, layout);
    // `$HOME` is the container shell's (written `$$HOME`); only braced `${NAME}` is read by Compose on the host.
    expect(text).toContain('command:\n      - /bin/sh\n      - -c\n      - echo $$HOME && true');
  });

  it('keeps an empty network or volume declaration empty, as people write it', () => {
    const text = composeYaml({ services: { web: { image: 'nginx', networks: { webnet: null } } }, networks: { webnet: null } }, layout);
    expect(text).toMatch(/^networks:\n {2}webnet:\n$/m);
  });
});

describeWithEngine('docker compose config accepts the compiled stack', () => {
  const result = compileCompose(shop, { projectDir: '/repo', outDir: 'docker' });
  const files = Object.fromEntries(result.files.map((f) => [`docker/${f.path}`, f.text]));
  const project = { 'api/.env': 'A=1\n', 'proxy.conf': '', 'secrets/db-password.txt': 'pw\n' };

  it('reads the base file', () => {
    const config = composeConfig({ ...files, ...project }, { use: ['docker/compose.yaml'], dirs: ['api/static'] }) as { name: string; services: Record<string, { build?: { dockerfile: string }; entrypoint?: string[] }> };
    expect(config.name).toBe('shop');
    expect(Object.keys(config.services).sort()).toEqual(['api', 'db', 'migrate']);
    expect(config.services.api!.build!.dockerfile).toBe('../docker/api.Dockerfile');
    // A bare `$@` would be an "Invalid template"; config prints literal dollars escaped again.
    expect(config.services.api!.entrypoint).toEqual(['/bin/sh', '-c', 'exec "$$@"', '--']);
  });

  it('means the same with the override as the merge the compiler does for variants', () => {
    const layered = composeConfig({ ...files, ...project }, { use: ['docker/compose.yaml', 'docker/compose.override.yaml'] }) as { services: Record<string, { environment: Record<string, string>; ports: unknown[] }> };
    expect(layered.services.api!.environment.LOG_LEVEL).toBe('debug');
    expect(layered.services.api!.ports).toHaveLength(3);
  });

  it('reads the standalone production file, which equals base + its patch', () => {
    const prod = composeConfig({ ...files, ...project }, { use: ['docker/compose.prod.yaml'] }) as { services: Record<string, { deploy?: { replicas?: number }; restart?: string; environment: Record<string, string> }> };
    expect(prod.services.api!.deploy!.replicas).toBe(4);
    expect(prod.services.api!.restart).toBe('always');
    expect(prod.services.db!.environment.PGDATA).toBe('/data/pg');
  });
});
