import { describe, expect, it } from 'vitest';
import { synthProject } from '../../synth/synth-project.js';
import { stack as defineStack } from '../stack.js';
import { service } from '../define-service.js';
import type { ComposeStack } from '../stack.js';
import { checkStack } from './check-stack.js';
import { defineComposeRule } from './compose-rule.js';
import { composeRules } from './registry.js';

const clash: ComposeStack = { services: { a: { image: 'x', ports: [{ target: 80, published: 8080 }] }, b: { image: 'x', ports: [{ target: 81, published: 8080 }] } } };

describe('the Compose rule engine', () => {
  it('turns a rule off, by name or by code, through the same severity table as image rules', () => {
    expect(checkStack(clash, []).map((d) => [d.code, d.rule, d.severity])).toEqual([['DSL4008', 'DuplicateHostPort', 'error']]);
    expect(checkStack(clash, [], { severities: { DuplicateHostPort: 'off' } })).toEqual([]);
    expect(checkStack(clash, [], { severities: { DSL4008: 'off' } })).toEqual([]);
  });

  it('reports a rule at the configured severity, keeping message, path and hint', () => {
    const [plain] = checkStack(clash, ['compose', 'shop']);
    const [warned] = checkStack(clash, ['compose', 'shop'], { severities: { DuplicateHostPort: 'warning' } });
    expect(warned).toEqual({ ...plain, severity: 'warning' });
    expect(warned!.path).toEqual(['compose', 'shop', 'services', 'b', 'ports', 0]);
  });

  it('reports an uncertain finding as a warning while its rule is an error, and at a lower configured severity as that', () => {
    const waits: ComposeStack = { services: { web: { image: 'nginx' }, client: { image: 'x', dependsOn: { web: { condition: 'service_healthy' } } } } };
    expect(checkStack(waits, []).map((d) => d.severity)).toEqual(['warning']);
    expect(checkStack(waits, [], { severities: { HealthyDependencyWithoutHealthcheck: 'info' } }).map((d) => d.severity)).toEqual(['info']);
  });

  it('reports findings rule by rule in the registry order, each rule walking services in order', () => {
    const messy: ComposeStack = {
      name: 'Bad Name',
      services: {
        a: { image: 'x', ports: [{ target: 1, published: 80 }], environment: { API_TOKEN: 'abc' } },
        b: { ports: [{ target: 1, published: 80 }], networks: { ghost: null } },
      },
    };
    expect(checkStack(messy, []).map((d) => `${d.code} ${d.path.join('.')}`)).toEqual([
      'DSL4002 services.b.networks.ghost',
      'DSL4008 services.b.ports.0',
      'DSL4010 services.b',
      'DSL4013 services.a.environment.API_TOKEN',
      'DSL4014 name',
    ]);
  });

  it('points a finding of a defined stack at the line that defined the service', () => {
    const web = service('web', { image: 'nginx', containerName: 'web', deploy: { replicas: 2 } });
    const [d] = checkStack(defineStack('shop', { services: [web] }));
    expect(d).toMatchObject({ code: 'DSL4011', path: ['compose', 'shop', 'services', 'web', 'containerName'] });
    expect(d!.source?.file).toMatch(/check-stack\.test\.ts$/);
  });

  it('turns a rule that throws into an error finding of that rule, and runs the others', () => {
    const broken = defineComposeRule<unknown>({
      code: 'ACME001',
      name: 'Broken',
      severity: 'warning',
      description: 'Throws on every service.',
      docs: { why: 'A test.', catalogue: 'none', bad: '', good: '' },
      format: () => 'never',
      create: () => ({ service() { throw new Error('boom'); } }),
    });
    const found = checkStack(clash, ['compose', 's'], { rules: [broken, ...composeRules] });
    expect(found.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['ACME001', 'error', 'rule Broken failed: boom'],
      ['DSL4008', 'error', "service 'b' publishes host port 8080/tcp, which service 'a' already publishes (8080/tcp)"],
    ]);
  });

  it('has one rule per code, with unique names, in its own file named after the rule', () => {
    expect(new Set(composeRules.map((r) => r.code)).size).toBe(composeRules.length);
    expect(new Set(composeRules.map((r) => r.name)).size).toBe(composeRules.length);
    for (const rule of composeRules) expect(rule.docs.catalogue).toMatch(/^CP\d{3}$/);
  });
});

describe('a Compose rule in the config', () => {
  const app = defineStack('shop', { services: [service('a', { image: 'x', ports: [{ target: 80, published: 8080 }] }), service('b', { image: 'x', ports: [{ target: 81, published: 8080 }] })] });

  it('fails synth by default and passes when the config turns the rule off, without an unknown-rule error', () => {
    const strict = synthProject({ images: [], compose: [app] }, { configFile: '/repo/dsl.config.ts' });
    expect(strict.ok).toBe(false);
    expect(strict.diagnostics.map((d) => d.code)).toEqual(['DSL4008']);
    const relaxed = synthProject({ images: [], compose: [app], rules: { DuplicateHostPort: 'off' } }, { configFile: '/repo/dsl.config.ts' });
    expect(relaxed.diagnostics).toEqual([]);
    expect(relaxed.ok).toBe(true);
  });

  it('downgrades the rule to a warning when the config says so', () => {
    const warned = synthProject({ images: [], compose: [app], rules: { DSL4008: 'warning' } }, { configFile: '/repo/dsl.config.ts' });
    expect(warned.diagnostics.map((d) => [d.code, d.severity])).toEqual([['DSL4008', 'warning']]);
    expect(warned.ok).toBe(true);
  });
});
