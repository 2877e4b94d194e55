import { defineRule } from '../rule.js';

interface Data { name: string; keyword: string }

/** True when the comment's first line, trimmed, starts with the name and a space. */
function startsWithName(comment: string, name: string): boolean {
  return comment.split('\n')[0]!.trim().startsWith(`${name} `);
}

/**
 * DSL3058 (opt-in, as in BuildKit): a comment above `FROM … AS name` or `ARG name` that does not
 * start with the name.
 *
 * @example
 * runRules(image, { rules: [invalidDefinitionDescription], severities: { DSL3058: 'info' } });
 */
export const invalidDefinitionDescription = defineRule<Data>({
  code: 'DSL3058',
  name: 'InvalidDefinitionDescription',
  severity: 'info',
  enabledByDefault: false,
  description: 'The comment directly above a named stage or an ARG does not start with its name (experimental in BuildKit; opt-in).',
  docs: {
    why: '`docker build --call=outline` and `--call=targets` show the comment above a stage or ARG as its description only when it starts with the name. Either start it that way or separate it with a blank line.',
    bad: '# Build the binary\nFROM golang:1.22 AS build',
    good: '# build compiles the binary\nFROM golang:1.22 AS build',
    buildkit: 'InvalidDefinitionDescription',
  },
  format: (d) => `the comment above ${d.keyword} ${d.name} should start with '${d.name} '`,
  hint: (d) => `start the comment with '${d.name} ', or put a blank line between`,
  create: (context) => ({
    stage(stage) {
      const { comment, name } = stage.stage;
      if (comment !== undefined && name !== undefined && !startsWithName(comment, name)) context.report(stage, { name, keyword: 'stage' });
    },
    arg(step) {
      const { comment, name } = step.step;
      if (comment !== undefined && !startsWithName(comment, name)) context.report(step, { name, keyword: 'ARG' });
    },
  }),
});
