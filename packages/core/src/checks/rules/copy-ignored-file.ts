import { dockerignoreMatcher, hasExceptions } from '../../analysis/dockerignore.js';
import type { StepFact } from '../image-facts.js';
import { defineRule } from '../rule.js';

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
  create(context) {
    const lines = context.facts.image.dockerignore;
    if (!lines || lines.length === 0 || hasExceptions(lines)) return {};
    const ignored = dockerignoreMatcher(lines);
    const reportIgnored = (step: StepFact<'copy'> | StepFact<'add'>, keyword: string): void => {
      step.step.sources.forEach((s, j) => {
        if (typeof s !== 'string' || patternOrVariable.test(s) || url.test(s)) return;
        if (ignored(s)) context.report(step, { keyword, source: s }, { at: ['sources', j] });
      });
    };
    return {
      copy(step) {
        if (step.step.from === undefined) reportIgnored(step, 'COPY');
      },
      add(step) {
        reportIgnored(step, 'ADD');
      },
    };
  },
});

const patternOrVariable = /[*?[$]/;
const url = /^[a-z]+:\/\//;
