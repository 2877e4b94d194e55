import { describe, expect, it } from 'vitest';
import { runRules } from '../../checks/run-rules.js';
import { suppressionWithoutReason } from '../../checks/rules/suppression-without-reason.js';
import { compileCompose } from '../compile-compose.js';
import { service } from '../define-service.js';
import { checkComposeFile } from '../read/check-compose-file.js';
import { stack } from '../stack.js';
import { checkStack } from './check-stack.js';
import { elementKey } from './compose-ignores.js';

const leaky = (ignore?: Record<string, string>) => service('db', { image: 'postgres:17', environment: { POSTGRES_PASSWORD: 'correct-horse-battery' }, ...(ignore ? { ignore } : {}) });
const clean = service('cache', { image: 'redis:7', environment: { REDIS_PASSWORD: 'hunter2-hunter2' } });
const codes = (found: { code: string; path: readonly (string | number)[] }[]) => found.map((d) => [d.code, d.path.join('.')]);

describe('ignore on a service of a definition', () => {
  it('fires without it', () => {
    expect(codes(checkStack(stack('shop', { services: [leaky()] }), []))).toEqual([['DSL4013', 'services.db.environment.POSTGRES_PASSWORD']]);
  });

  it('silences the rule it names, by code or by name, on that service only', () => {
    for (const key of ['DSL4013', 'SecretInEnvironment']) {
      const found = checkStack(stack('shop', { services: [leaky({ [key]: 'a throwaway password for the local test database' }), clean] }), []);
      expect(codes(found)).toEqual([['DSL4013', 'services.cache.environment.REDIS_PASSWORD']]);
    }
  });

  it('silences the rule for every service when it is on the stack, as an image ignore does for all stages', () => {
    const app = stack('shop', { services: [leaky(), clean], ignore: { DSL4013: 'local test stack: every password is a throwaway' } });
    expect(checkStack(app, [])).toEqual([]);
    expect(codes(checkStack(stack('My Shop', { services: [], ignore: { InvalidProjectName: 'the deploy tool renames it' } }), []))).toEqual([]);
  });

  it('reports an empty reason as DSL3000, as for an image or stage, at the entry, and still silences', () => {
    const found = checkStack(stack('shop', { services: [leaky({ DSL4013: ' ' })] }), ['compose', 'shop']);
    expect(found.map((d) => [d.code, d.rule, d.severity, d.message, d.path.join('.')])).toEqual([
      ['DSL3000', 'SuppressionWithoutReason', 'warning', "service 'db' ignores DSL4013 without a reason", 'compose.shop.services.db.ignore.DSL4013'],
    ]);
    expect(found[0]!.source?.file).toMatch(/compose-ignores\.test\.ts$/);
    expect(checkStack(stack('shop', { services: [], ignore: { DSL4014: '' } }), []).map((d) => [d.code, d.message])).toEqual([['DSL3000', 'the stack ignores DSL4014 without a reason']]);
    expect(checkStack(stack('shop', { services: [leaky({ DSL4013: '' })] }), [], { severities: { SuppressionWithoutReason: 'off' } })).toEqual([]);
  });

  it('says nothing of an unknown code or an ignore with nothing to silence, as image ignores do', () => {
    const image = { name: 'api', stages: [{ from: 'alpine:3.20', steps: [], ignore: { DSL9999: 'no such rule' } }] };
    expect(runRules(image, { rules: [suppressionWithoutReason] })).toEqual([]);
    expect(codes(checkStack(stack('shop', { services: [leaky({ DSL9999: 'no such rule' })] }), []))).toEqual([['DSL4013', 'services.db.environment.POSTGRES_PASSWORD']]);
    expect(checkStack(stack('shop', { services: [service('web', { image: 'nginx:1.27', ignore: { DSL4008: 'nothing to silence' } })] }), [])).toEqual([]);
  });

  it('is accepted by synth and not written to the Compose file', () => {
    const result = compileCompose(stack('shop', { services: [leaky({ DSL4013: 'local test database' })], ignore: { DSL4014: 'kept for the test' } }), { outDir: '.' });
    expect(result.diagnostics).toEqual([]);
    expect(result.files[0]!.text).not.toMatch(/ignore|DSL4/);
  });
});

describe('# dsl ignore= comments in a Compose file', () => {
  const file = (comment: string) => `services:\n  web:\n    image: nginx:1.27\n${comment}  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: correct-horse-battery\n`;

  it('fires without one', () => {
    expect(codes(checkComposeFile(file('')))).toEqual([['DSL4013', 'services.db.environment.POSTGRES_PASSWORD']]);
  });

  it('silences the rule on the service whose key is on the next line, with or without a reason, by code or name', () => {
    for (const comment of ['# dsl ignore=DSL4013', '# dsl ignore=DSL4013 a throwaway password for local tests', '# dsl ignore=DSL4008,SecretInEnvironment', '#dsl ignore = DSL4013']) {
      expect(checkComposeFile(file(`  ${comment}\n`)), comment).toEqual([]);
    }
  });

  it('reads a comment above the first key of a mapping, which the YAML library keeps on the mapping', () => {
    const text = 'services:\n  # dsl ignore=DSL4013 local only\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: correct-horse-battery\n';
    expect(checkComposeFile(text)).toEqual([]);
  });

  it('silences nothing when it stands above another service, names another rule, or sits in a block scalar', () => {
    expect(codes(checkComposeFile(file('  # dsl ignore=DSL4008\n')))).toEqual([['DSL4013', 'services.db.environment.POSTGRES_PASSWORD']]);
    expect(codes(checkComposeFile(file('  # hadolint ignore=DSL4013\n')))).toEqual([['DSL4013', 'services.db.environment.POSTGRES_PASSWORD']]);
    const above = 'services:\n  # dsl ignore=DSL4013\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: correct-horse-battery\n';
    expect(codes(checkComposeFile(above))).toEqual([['DSL4013', 'services.db.environment.POSTGRES_PASSWORD']]);
    const scalar = 'services:\n  web:\n    image: nginx:1.27\n    command: |\n      # dsl ignore=DSL4013\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: correct-horse-battery\n';
    expect(codes(checkComposeFile(scalar))).toEqual([['DSL4013', 'services.db.environment.POSTGRES_PASSWORD']]);
  });

  it('silences the project-name rule from above the name: key', () => {
    const text = (comment: string) => `${comment}name: My Shop\nservices:\n  web:\n    image: nginx:1.27\n`;
    expect(codes(checkComposeFile(text('')))).toEqual([['DSL4014', 'name']]);
    expect(checkComposeFile(text('# dsl ignore=DSL4014 the deploy tool passes -p\n'))).toEqual([]);
  });

  it('says nothing of an unknown code, as a Dockerfile comment does', () => {
    expect(codes(checkComposeFile(file('  # dsl ignore=DSL9999\n')))).toEqual([['DSL4013', 'services.db.environment.POSTGRES_PASSWORD']]);
  });

  it('is the way in a file: an ignore: key under a service is an unknown key', () => {
    const text = 'services:\n  db:\n    image: postgres:17\n    ignore:\n      DSL4013: local\n';
    expect(checkComposeFile(text).map((d) => d.code)).toEqual(['DSL4102']);
  });
});

describe('elementKey', () => {
  it('names the table entry, another top-level key, or nothing for the stack', () => {
    expect(elementKey(['services', 'web', 'ports', 0])).toBe('services.web');
    expect(elementKey(['volumes', 'pg.data'])).toBe('volumes.pg.data');
    expect(elementKey(['name'])).toBe('name');
    expect(elementKey([])).toBeUndefined();
    expect(elementKey(['services'])).toBeUndefined();
  });
});
