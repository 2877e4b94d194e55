import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { Image } from '../../model/image.js';
import type { StageFact } from '../image-facts.js';
import { defineRule, type RuleContext } from '../rule.js';
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
    const stages = ctx.facts.stages;
    for (let i = 0; i < stages.length; i++) {
      const stage = stages[i]!;
      if (typeof stage.stage.from === 'string') reportUnknown(ctx, stage, stage.stage.from, 'from');
      if (stage.stage.platform) reportUnknown(ctx, stage, stage.stage.platform, 'platform');
    }
  },
});

/** Reports each variable of a FROM field that no global ARG (nor an automatic one) defines. */
function reportUnknown(ctx: RuleContext<Data>, stage: StageFact, text: string, at: string): void {
  if (!text.includes('$')) return; // variableRefs would return a new empty list
  const refs = variableRefs(text);
  for (let i = 0; i < refs.length; i++) {
    const name = refs[i]!.name;
    if (isGlobalArg(ctx.facts.image, name) || automaticPlatformArgs.includes(name)) continue;
    const guess = didYouMean(name, knownArgs(ctx.facts.image));
    ctx.report(stage, guess ? { name, guess } : { name }, { at: [at] });
  }
}

function isGlobalArg(image: Image, name: string): boolean {
  const args = image.args;
  for (let i = 0; args !== undefined && i < args.length; i++) if (args[i]!.name === name) return true;
  return false;
}

/** The names a FROM can use: global ARGs, then the automatic platform ARGs. */
function knownArgs(image: Image): string[] {
  const names: string[] = [];
  for (let i = 0; image.args !== undefined && i < image.args.length; i++) names.push(image.args[i]!.name);
  return names.concat(automaticPlatformArgs);
}
