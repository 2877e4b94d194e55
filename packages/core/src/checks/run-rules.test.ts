import { describe, expect, test } from 'vitest';
import { defineRule, image, stage, type Image } from '../index.js';
import { builtinRules, checkImages, runRules, shouldFail } from '../tooling.js';

const latest: Image = { name: 'api', stages: [{ name: 'app', from: 'alpine:latest', steps: [{ kind: 'user', user: 'app' }] }] };
const codes = (image: Image, options: Parameters<typeof runRules>[1]): string[] => runRules(image, options).map((d) => `${d.code}:${d.severity}`);

describe('runRules', () => {
  test('reports with the rule severity, a path into the model and a hint', () => {
    const [d] = runRules(latest, { rules: builtinRules });
    expect(d).toMatchObject({ code: 'DSL3007', rule: 'LatestTag', severity: 'warning', path: ['images', 'api', 'stages', 'app', 'from'], hint: 'pin a version tag or a digest' });
  });

  test('severities can be changed or turned off by code or by name', () => {
    expect(codes(latest, { rules: builtinRules, severities: { DSL3007: 'error' } })).toEqual(['DSL3007:error']);
    expect(codes(latest, { rules: builtinRules, severities: { LatestTag: 'off' } })).toEqual([]);
  });

  test('opt-in rules run only when the config names them', () => {
    expect(codes(latest, { rules: builtinRules })).not.toContain('DSL3057:info');
    expect(codes(latest, { rules: builtinRules, severities: { HealthcheckMissing: 'warning' } })).toContain('DSL3057:warning');
  });

  test('an image or stage ignore entry suppresses the rule there, by code, name or hadolint code', () => {
    expect(codes({ ...latest, ignore: { DSL3007: 'pinned by digest in the mirror' } }, { rules: builtinRules })).toEqual([]);
    expect(codes({ ...latest, stages: [{ ...latest.stages[0]!, ignore: { LatestTag: 'mirror' } }] }, { rules: builtinRules })).toEqual([]);
    expect(codes({ ...latest, stages: [{ ...latest.stages[0]!, ignore: { DL3007: 'mirror' } }] }, { rules: builtinRules })).toEqual([]);
  });

  test('a stage suppression does not hide findings in other stages', () => {
    const two: Image = { name: 'api', stages: [{ name: 'a', from: 'alpine:latest', steps: [], ignore: { DSL3007: 'tooling only' } }, { name: 'b', from: { stage: 'a' }, steps: [{ kind: 'copy', sources: ['x'], destination: '/x' }, { kind: 'user', user: 'app' }] }, { name: 'c', from: 'debian:latest', steps: [] }] };
    const found = runRules({ ...two, target: 'b' }, { rules: builtinRules }).filter((d) => d.code === 'DSL3007');
    expect(found.map((d) => d.path)).toEqual([['images', 'api', 'stages', 'c', 'from']]);
  });

  test('the check directive skips BuildKit rules and error=true makes them errors', () => {
    const shellCmd: Image = { name: 'api', stages: [{ from: 'alpine:3.20', steps: [{ kind: 'user', user: 'app' }, { kind: 'cmd', command: { shell: 'serve' } }] }] };
    expect(codes(shellCmd, { rules: builtinRules })).toEqual(['DSL3001:warning']);
    expect(codes({ ...shellCmd, directives: { check: 'skip=JSONArgsRecommended' } }, { rules: builtinRules })).toEqual([]);
    expect(codes({ ...shellCmd, directives: { check: 'skip=all' } }, { rules: builtinRules })).toEqual([]);
    expect(codes({ ...shellCmd, directives: { check: 'error=true' } }, { rules: builtinRules })).toEqual(['DSL3001:error']);
  });

  test('a rule that throws becomes an error diagnostic, not a crash', () => {
    const broken = defineRule({ ...builtinRules[0]!, code: 'TEST001', name: 'Broken', create: () => { throw new Error('boom'); } });
    expect(runRules(latest, { rules: [broken] })).toMatchObject([{ code: 'TEST001', severity: 'error', message: 'rule Broken failed: boom' }]);
    // A visitor that throws: the findings made before stay, the rule is reported once and called no more.
    const stages = { ...latest, stages: [latest.stages[0]!, { ...latest.stages[0]!, name: 'two' }] };
    const halfway = defineRule({ ...builtinRules[0]!, code: 'TEST002', name: 'Halfway', format: () => 'seen', create: (context) => ({ stage(s) { if (s.index > 0) throw new Error('boom'); context.report(s, {}); } }) });
    expect(runRules(stages, { rules: [halfway] }).map((d) => d.message)).toEqual(['seen', 'rule Halfway failed: boom']);
  });

  test('definitions made with builders carry the source location of the user file', () => {
    const app = stage('app', { from: 'alpine:latest' }).user('app');
    const [d] = checkImages([image('api', { stages: [app] })]).diagnostics;
    expect(d?.source?.file).toMatch(/run-rules\.test\.ts$/);
    expect(d?.source?.line).toBeGreaterThan(0);
  });
});

describe('strict', () => {
  test('errors always fail; warnings fail only under strict; info never', () => {
    const warning = [{ code: 'X', rule: 'X', severity: 'warning' as const, message: 'm', path: [] }];
    expect(shouldFail(warning)).toBe(false);
    expect(shouldFail(warning, { strict: true })).toBe(true);
    expect(shouldFail([{ ...warning[0]!, severity: 'info' }], { strict: true })).toBe(false);
    expect(shouldFail([{ ...warning[0]!, severity: 'error' }])).toBe(true);
    expect(checkImages([latest]).ok).toBe(true);
    expect(checkImages([latest], { strict: true }).ok).toBe(false);
  });
});
