import { dockerignoreMatcher, hasExceptions } from '../dockerignore.js';
import type { StepFact } from '../image-facts.js';
import { defineRule, type RuleContext } from '../rule.js';

interface Data { keyword: string; source: string }

/**
 * DSL3048: COPY or ADD of a context path that `.dockerignore` excludes.
 *
 * @example
 * runRules({ ...image, dockerignore: ['dist'] }, { rules: [copyIgnoredFile] });
 */
export const copyIgnoredFile = defineRule<Data>({
  code: 'DSL3048',
  name: 'CopyIgnoredFile',
  severity: 'warning',
  description: 'A COPY or ADD source that the image\'s `.dockerignore` excludes from the build context.',
  docs: {
    why: 'Excluded files never reach the builder, so the COPY fails ("not found") or, with a wildcard, silently copies less than it says. The check uses the image\'s `dockerignore` lines (or the `.dockerignore` passed to `dsl check`) and, like BuildKit, is skipped when the file has `!` exceptions.',
    exampleKind: 'definition',
    bad: "image('api', { dockerignore: ['dist'], stages: [stage('app', { from: 'node:22-alpine' }).copy('dist/server.js', '/app/')] })",
    good: "image('api', { dockerignore: ['node_modules'], stages: [stage('app', { from: 'node:22-alpine' }).copy('dist/server.js', '/app/')] })",
    buildkit: 'CopyIgnoredFile',
  },
  format: (d) => `${d.keyword} ${d.source}: the path is excluded by .dockerignore`,
  hint: 'remove the .dockerignore entry or the COPY',
  check(ctx) {
    const lines = ctx.facts.image.dockerignore;
    if (!lines || lines.length === 0 || hasExceptions(lines)) return;
    const ignored = dockerignoreMatcher(lines);
    reportIgnored(ctx, ctx.facts.steps('copy'), 'COPY', ignored);
    reportIgnored(ctx, ctx.facts.steps('add'), 'ADD', ignored);
  },
});

const patternOrVariable = /[*?[$]/;
const url = /^[a-z]+:\/\//;

function reportIgnored(ctx: RuleContext<Data>, steps: readonly (StepFact<'copy'> | StepFact<'add'>)[], keyword: string, ignored: (path: string) => boolean): void {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (step.kind === 'copy' && step.step.from !== undefined) continue;
    const sources = step.step.sources;
    for (let j = 0; j < sources.length; j++) {
      const s = sources[j];
      if (typeof s !== 'string' || patternOrVariable.test(s) || url.test(s)) continue;
      if (ignored(s)) ctx.report(step, { keyword, source: s }, { at: ['sources', j] });
    }
  }
}
