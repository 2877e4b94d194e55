import { instructionLine } from '../instruction-text.js';
import { defineRule } from '../rule.js';

interface Data { keyword: string; name: string }

const legacyForm = /^\s*\S+\s+([^\s=\\]+)(\s+\S.*)?$/;
const continued = /\\\s*$/;

/**
 * DSL3047: the legacy whitespace form `ENV key value`.
 *
 * @example
 * runRules(image, { rules: [legacyKeyValueFormat], dockerfile });
 */
export const legacyKeyValueFormat = defineRule<Data>({
  code: 'DSL3047',
  name: 'LegacyKeyValueFormat',
  severity: 'warning',
  dockerfileOnly: true,
  description: '`ENV key value` instead of `key=value`.',
  docs: {
    why: 'In the legacy form everything after the key is the value, so `ENV A b C=d` sets one variable `A` to `b C=d`. The `key=value` form is unambiguous and allows several pairs per line.',
    bad: 'FROM alpine:3.20\nENV APP_HOME /srv/app',
    good: 'FROM alpine:3.20\nENV APP_HOME=/srv/app',
    buildkit: 'LegacyKeyValueFormat',
  },
  format: (d) => `${d.keyword} ${d.name} uses the legacy 'key value' form`,
  hint: (d) => `write ${d.keyword} ${d.name}=…`,
  // ARG is left out on purpose: `ARG TARGETOS TARGETARCH` declares two arguments.
  create: (context) => ({
    env(step) {
      const line = instructionLine(context.facts, step.holder);
      const match = line === undefined ? null : legacyForm.exec(line);
      if (!match || (match[2] === undefined && !continued.test(line!))) return;
      context.report(step, { keyword: 'ENV', name: match[1]! });
    },
  }),
});
