import { defineRule } from '../rule.js';

interface Data { keyword: string; name: string }

const secretWords = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']);
const secretHint = /key|auth|credential|pass|pword|secret|token/i;
const exempt = new Set(['public', 'file', 'version', 'path', 'dir']);

/**
 * True when a variable name looks like it holds a secret: an `_`-separated word (or camel-case
 * part) from BuildKit's list, and none that marks it as harmless.
 *
 * @example
 * looksSecret('AWS_SECRET_ACCESS_KEY'); // true
 * looksSecret('GPG_KEY_FILE'); // false
 */
export function looksSecret(name: string): boolean {
  if (!secretHint.test(name)) return false;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_\-.]+/);
  return words.some((w) => secretWords.has(w)) && !words.some((w) => exempt.has(w));
}

/**
 * DSL3011: an ARG or ENV whose name looks like a secret.
 *
 * @example
 * runRules(image, { rules: [secretsInArgEnv] });
 */
export const secretsInArgEnv = defineRule<Data>({
  code: 'DSL3011',
  name: 'SecretsUsedInArgOrEnv',
  severity: 'warning',
  description: 'An ARG or ENV named like a secret (`*_TOKEN`, `*_PASSWORD`, `API_KEY`).',
  docs: {
    why: 'ARG and ENV values are stored in the image config, in `docker history` and in build provenance. Anyone who can pull the image can read them. Pass secrets with `RUN --mount=type=secret` instead.',
    bad: 'FROM node:22-alpine\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci',
    good: 'FROM node:22-alpine\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci',
    buildkit: 'SecretsUsedInArgOrEnv',
    hadolint: ['DL3064'],
  },
  format: (d) => `${d.keyword} ${d.name} looks like a secret; its value is stored in the image and its history`,
  hint: 'use RUN --mount=type=secret,id=…,env=… instead',
  check(ctx) {
    const globals = ctx.facts.image.args ?? [];
    for (let i = 0; i < globals.length; i++) {
      const arg = globals[i]!;
      if (looksSecret(arg.name)) ctx.report({ path: [...ctx.facts.prefix, 'args', i], holder: arg }, { keyword: 'ARG', name: arg.name });
    }
    for (const step of ctx.facts.steps('arg')) if (looksSecret(step.step.name)) ctx.report(step, { keyword: 'ARG', name: step.step.name });
    for (const step of ctx.facts.steps('env')) {
      for (const key in step.step.vars) if (looksSecret(key)) ctx.report(step, { keyword: 'ENV', name: key }, { at: ['vars', key] });
    }
  },
});
