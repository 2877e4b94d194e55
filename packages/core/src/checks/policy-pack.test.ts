import { describe, expect, test } from 'vitest';
import { compileImage, defineRule, definePolicyPack, image, stage } from '../index.js';
import { builtinRules, checkDockerfile, checkImages, ruleCheck, ruleHook, ruleRegistry } from '../tooling.js';
import acmePolicy, { acmeRegistryOnly } from './acme-policy.test-util.js';

const codes = (diagnostics: { code: string }[]): string[] => diagnostics.map((d) => d.code);

describe('policy packs', () => {
  test('a pack from a preset package runs next to the built-in rules on definitions', () => {
    const app = stage('app', { from: 'alpine:3.20' }).user('app').cmd(['sh']);
    const result = checkImages([image('api', { stages: [app] })], { policies: [acmePolicy] });
    expect(codes(result.diagnostics)).toEqual(expect.arrayContaining(['ACME001', 'ACME002']));
    expect(result.ok).toBe(false);
    const finding = result.diagnostics.find((d) => d.code === 'ACME001')!;
    expect(finding.path).toEqual(['images', 'api', 'stages', 'app', 'from']);
    expect(finding.source?.file).toMatch(/policy-pack\.test\.ts$/);
    expect(finding.hint).toBe('use the mirrored image under registry.acme.test/');
  });

  test('and on Dockerfiles, with line numbers', () => {
    const result = checkDockerfile('FROM registry.acme.test/alpine:3.20\nLABEL acme.owner=payments\nUSER app\n\nFROM alpine:3.20\n', { policies: [acmePolicy] });
    const finding = result.diagnostics.find((d) => d.code === 'ACME001');
    expect(finding?.source?.line).toBe(5);
  });

  test('its severities are configurable and its findings suppressible like built-in ones', () => {
    const app = stage('app', { from: 'alpine:3.20', ignore: { ACME002: 'owned by the platform team, labelled at push' } }).user('app');
    const result = checkImages([image('api', { stages: [app] })], { policies: [acmePolicy], severities: { AcmeRegistryOnly: 'warning' } });
    expect(result.diagnostics.filter((d) => d.code.startsWith('ACME'))).toMatchObject([{ code: 'ACME001', severity: 'warning' }]);
    expect(result.ok).toBe(true);
    expect(checkImages([image('api', { stages: [app] })], { policies: [acmePolicy], severities: { AcmeRegistryOnly: 'warning' }, strict: true }).ok).toBe(false);
  });

  test('plugs into compileImage, where its errors stop compilation', () => {
    const app = stage('app', { from: 'alpine:3.20' }).user('app');
    const result = compileImage(image('api', { stages: [app] }), { hooks: [ruleHook({ policies: [acmePolicy] })] });
    expect(result.ok).toBe(false);
    expect(codes(result.diagnostics)).toContain('ACME001');
    const fixed = stage('app', { from: 'registry.acme.test/alpine:3.20' }).label({ 'acme.owner': 'payments' }).user('app');
    expect(compileImage(image('api', { stages: [fixed] }), { hooks: [ruleHook({ policies: [acmePolicy] })] }).ok).toBe(true);
  });

  test('ruleCheck, the deprecated name of ruleHook, is still the same function', () => {
    expect(ruleCheck).toBe(ruleHook);
  });

  test('a pack may not reuse a built-in code or name, nor define a code twice', () => {
    const clash = defineRule({ ...acmeRegistryOnly, code: 'DSL3007' });
    expect(() => ruleRegistry([definePolicyPack({ name: 'bad', rules: [clash] })])).toThrow(/DSL3007 is already used/);
    const sameName = defineRule({ ...acmeRegistryOnly, code: 'ACME099', name: 'LatestTag' });
    expect(() => ruleRegistry([definePolicyPack({ name: 'bad', rules: [sameName] })])).toThrow(/LatestTag is already used/);
    expect(() => definePolicyPack({ name: 'twice', rules: [acmeRegistryOnly, acmeRegistryOnly] })).toThrow(/ACME001 twice/);
    expect(ruleRegistry([acmePolicy]).length).toBe(builtinRules.length + 2);
  });

  test('defineRule refuses malformed codes and names', () => {
    expect(() => defineRule({ ...acmeRegistryOnly, code: 'acme1' })).toThrow(/rule code/);
    expect(() => defineRule({ ...acmeRegistryOnly, name: 'not-pascal' })).toThrow(/PascalCase/);
  });
});
