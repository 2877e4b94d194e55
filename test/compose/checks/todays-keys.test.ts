import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

const check = (text: string) => compose.checkComposeFile(text, { file: 'c.yaml' }).map((d) => `${d.code} ${d.path.join('.')} ${d.source?.line ?? ''}`.trim());

describe('checks on Compose files of today', () => {
  it('reports a model the top-level models do not declare, at its line (DSL4110)', () => {
    expect(check('services:\n  a:\n    image: x\n    models:\n      - llm\n      - lmm\nmodels:\n  llm:\n    model: ai/smollm2\n')).toEqual(['DSL4110 services.a.models.1 6']);
  });

  it('reports a build secret the top-level secrets do not declare (DSL4003)', () => {
    expect(check('services:\n  a:\n    build:\n      context: .\n      secrets:\n        - npm_tokn\nsecrets:\n  npm_token:\n    environment: NPM_TOKEN\n')).toEqual(['DSL4003 services.a.build.secrets.0 6']);
  });

  it('leaves references to what included files declare to docker compose', () => {
    expect(check('include:\n  - ./db/compose.yaml\nservices:\n  a:\n    image: x\n    depends_on: [db]\n    networks: [backend]\n')).toEqual([]);
    expect(check('services:\n  a:\n    image: x\n    depends_on: [db]\n')).toEqual(['DSL4005 services.a.dependsOn.db 4']);
  });

  it('accepts a service run by a provider, with no image', () => {
    expect(check('services:\n  db:\n    provider:\n      type: example\n      options:\n        size: 2\n')).toEqual([]);
  });

  it('reports wrong values inside develop.watch, include and models with their path', () => {
    const found = check('include:\n  - path: []\n    bogus: 1\nservices:\n  a:\n    image: x\n    develop:\n      watch:\n        - path: ./src\n          action: copy\nmodels:\n  llm:\n    context_size: 4096\n');
    expect(found.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(expect.arrayContaining(['DSL1004 services.a.develop.watch.0.action', 'DSL1003 include.0', 'DSL1001 models.llm.model']));
  });
});

describe('schema errors in one part of a file', () => {
  it('do not hide the services\' errors (fuzz counterexample: this threw)', () => {
    const found = check('services:\n  a:\n    image: x\n    secrets:\n      - {}\nnetworks:\n  "": false\n');
    expect(found.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(expect.arrayContaining(['DSL1001 services.a.secrets.0.source']));
    expect(found.some((f) => f.includes(' networks.'))).toBe(true);
  });
});

describe('stacks that include other files', () => {
  it('refer to included services and resources by handle without declaring them', () => {
    const db = compose.included.service('db');
    const backend = compose.included.network('backend');
    const api = compose.service('api', { image: 'api:1', dependsOn: [db.healthy()], networks: [backend] });
    const stack = compose.stack('app', { include: ['db/compose.yaml'], services: [api] });
    expect(Object.keys(stack.services)).toEqual(['api']);
    expect(stack.networks).toBeUndefined();
    const result = compose.compileCompose(stack, { projectDir: '/repo', outDir: 'deploy' });
    expect(result.diagnostics).toEqual([]);
    expect(result.files[0]!.text).toContain('include:\n  - ../db/compose.yaml\nservices:\n  api:\n');
    expect(result.files[0]!.text).toContain('depends_on:\n      db:\n        condition: service_healthy');
  });
});

describe('develop.watch', () => {
  it('rewrites watched paths for the output directory, like every other path', () => {
    const web = compose.service('web', { image: 'web:1', develop: { watch: [{ path: './web/src', action: 'sync', target: '/app/src', initialSync: true }] } });
    const text = compose.compileCompose(compose.stack('app', { services: [web] }), { projectDir: '/repo', outDir: 'deploy' }).files[0]!.text;
    expect(text).toContain('develop:\n      watch:\n        - path: ../web/src\n          action: sync\n          target: /app/src\n          initial_sync: true\n');
  });
});
