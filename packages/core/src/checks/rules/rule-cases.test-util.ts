import { describe, expect, test } from 'vitest';
import { type AnyRule, type Diagnostic, type ImageInput } from '../../index.js';
import { checkDockerfile, checkImages } from '../../tooling.js';

/** A case: Dockerfile text, or a definition (image builder or plain object). */
export type RuleCase = string | ImageInput;

function findings(rule: AnyRule, input: RuleCase): Diagnostic[] {
  const options = { rules: [rule], severities: { [rule.code]: rule.severity } };
  const result = typeof input === 'string' ? checkDockerfile(input, options) : checkImages([input], options);
  return result.diagnostics.filter((d) => d.code === rule.code);
}

/**
 * The standard test of one rule: every `fires` case produces its code (the first one with a message matching `message`; each with a path
 * and, for Dockerfiles, a line), every `passes` case produces none.
 */
export function ruleCases(rule: AnyRule, cases: { fires: RuleCase[]; passes: RuleCase[]; message?: RegExp }): void {
  describe(`${rule.code} ${rule.name}`, () => {
    cases.fires.forEach((input, i) => {
      test(`fires on case ${i + 1}`, () => {
        const found = findings(rule, input);
        expect(found.length, typeof input === 'string' ? input : 'definition').toBeGreaterThan(0);
        for (const d of found) {
          expect(d.rule).toBe(rule.name);
          expect(d.severity).toBe(rule.severity);
          expect(d.message.length).toBeGreaterThan(10);
          if (typeof input === 'string') expect(d.source?.line).toBeGreaterThan(0);
        }
        if (cases.message && i === 0) expect(found[0]!.message).toMatch(cases.message);
      });
    });
    cases.passes.forEach((input, i) => {
      test(`stays silent on case ${i + 1}`, () => {
        expect(findings(rule, input).map((d) => d.message)).toEqual([]);
      });
    });
  });
}
