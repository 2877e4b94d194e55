import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { Image } from '../../image/image.js';
import type { StageFact } from '../image-facts.js';
import { defineRule } from '../rule.js';
import { automaticPlatformArgs, isGlobalArg, variableRefs } from '../../analysis/variables.js';

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
  description: 'A FROM line uses a variable that no ARG before the first FROM declares.',
  docs: {
    why: 'FROM sees only global ARGs and the automatic platform ARGs. Any other name expands to nothing, so `FROM node:22${VARIANT}` quietly becomes `FROM node:22`, and a misspelt `$BUILDPLATFROM` drops the platform.',
    bad: 'FROM --platform=$BUILDPLATFROM golang:1.22 AS build',
    good: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
    buildkit: 'UndefinedArgInFrom',
  },
  format: (d) => `FROM uses $${d.name}, which is not a global ARG${d.guess ? ` (did you mean $${d.guess}?)` : ''}`,
  hint: (d) => (d.guess ? `use $${d.guess}` : `declare 'ARG ${d.name}=…' before the first FROM`),
  create(context) {
    const image = context.facts.image;
    /** Reports each variable of a FROM field that no global ARG (nor an automatic one) defines. */
    const reportUnknown = (stage: StageFact, text: string, at: string): void => {
      for (const { name } of variableRefs(text)) {
        if (isGlobalArg(image, name) || automaticPlatformArgs.includes(name)) continue;
        const guess = didYouMean(name, knownArgs(image));
        context.report(stage, guess ? { name, guess } : { name }, { at: [at] });
      }
    };
    return {
      stage(stage) {
        if (typeof stage.stage.from === 'string') reportUnknown(stage, stage.stage.from, 'from');
        if (stage.stage.platform) reportUnknown(stage, stage.stage.platform, 'platform');
      },
    };
  },
});


/** The names a FROM can use: global ARGs, then the automatic platform ARGs. */
function knownArgs(image: Image): string[] {
  return [...(image.args ?? []).map((arg) => arg.name), ...automaticPlatformArgs];
}
