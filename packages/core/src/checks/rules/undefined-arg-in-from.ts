import { didYouMean } from '../../diagnostics/did-you-mean.js';
import { defineRule } from '../rule.js';
import { automaticPlatformArgs, variableRefs } from '../variables.js';

interface Data { name: string; guess?: string }

/**
 * DSL2010: FROM (or its `--platform`) uses an ARG that is not declared globally.
 *
 * @example
 * runRules(image, { rules: [undefinedArgInFrom] });
 */
export const undefinedArgInFrom = defineRule<Data>({
  code: 'DSL2010',
  name: 'UndefinedArgInFrom',
  severity: 'warning',
  traits: ['fromVariable'],
  description: 'A FROM line uses a variable that no ARG before the first FROM declares.',
  docs: {
    why: 'FROM sees only global ARGs and the automatic platform ARGs. Any other name expands to nothing, so `FROM node:22${VARIANT}` quietly becomes `FROM node:22`, and a misspelt `$BUILDPLATFROM` drops the platform.',
    bad: 'FROM --platform=$BUILDPLATFROM golang:1.22 AS build',
    good: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
    buildkit: 'UndefinedArgInFrom',
  },
  format: (d) => `FROM uses $${d.name}, which is not a global ARG${d.guess ? ` (did you mean $${d.guess}?)` : ''}`,
  hint: (d) => (d.guess ? `use $${d.guess}` : `declare 'ARG ${d.name}=…' before the first FROM`),
  check(ctx) {
    const known = [...(ctx.facts.image.args ?? []).map((a) => a.name), ...automaticPlatformArgs];
    for (const stage of ctx.facts.stages) {
      const fields: Array<[string, string]> = [];
      if (typeof stage.stage.from === 'string') fields.push([stage.stage.from, 'from']);
      if (stage.stage.platform) fields.push([stage.stage.platform, 'platform']);
      for (const [text, at] of fields) {
        for (const ref of variableRefs(text)) {
          if (known.includes(ref.name)) continue;
          const guess = didYouMean(ref.name, known);
          ctx.report(stage, guess ? { name: ref.name, guess } : { name: ref.name }, { at: [at] });
        }
      }
    }
  },
});
