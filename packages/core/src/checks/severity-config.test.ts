import { describe, expect, it } from 'vitest';
import { builtinRules } from './registry.js';
import { ruleConfigDiagnostics } from './severity-config.js';

describe("the config's rules: table", () => {
  it('accepts codes and names of rules with a severity or off', () => {
    expect(ruleConfigDiagnostics({ DSL3007: 'error', LatestTag: 'off', AptPinVersion: 'info' }, builtinRules)).toEqual([]);
  });

  it('reports a key that names no rule, with the closest name, and a severity that is none', () => {
    const found = ruleConfigDiagnostics({ LatestTga: 'error', DSL3007: 'fatal' }, builtinRules);
    expect(found.map((d) => [d.code, d.path, d.message])).toEqual([
      ['DSL1060', ['rules', 'LatestTga'], "rules: 'LatestTga' is not the code or name of a rule (did you mean 'LatestTag'?)"],
      ['DSL1061', ['rules', 'DSL3007'], 'rules: DSL3007 is set to "fatal", not a severity'],
    ]);
  });
});
