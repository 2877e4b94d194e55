import { defineRule } from '../rule.js';

interface Data { keyword: string; name: string }

const secretWords = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']);
const secretHint = /key|auth|credential|pass|pword|secret|token/i;
const exempt = new Set(['public', 'file', 'version', 'path', 'dir']);
const camelBoundary = /([a-z0-9])([A-Z])/g;
const wordSeparators = /[_\-.]+/;

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
  const words = name.replace(camelBoundary, '$1_$2').toLowerCase().split(wordSeparators);
  let secret = false;
  for (let i = 0; i < words.length; i++) {
    if (exempt.has(words[i]!)) return false;
    if (secretWords.has(words[i]!)) secret = true;
  }
  return secret;
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
    const globals = ctx.facts.image.args;
    for (let i = 0; globals !== undefined && i < globals.length; i++) {
      const arg = globals[i]!;
      if (looksSecret(arg.name)) ctx.report({ path: [...ctx.facts.prefix, 'args', i], holder: arg }, { keyword: 'ARG', name: arg.name });
    }
    const args = ctx.facts.steps('arg');
    for (let i = 0; i < args.length; i++) if (looksSecret(args[i]!.step.name)) ctx.report(args[i]!, { keyword: 'ARG', name: args[i]!.step.name });
    const envs = ctx.facts.steps('env');
    for (let i = 0; i < envs.length; i++) {
      for (const key in envs[i]!.step.vars) if (looksSecret(key)) ctx.report(envs[i]!, { keyword: 'ENV', name: key }, { at: ['vars', key] });
    }
  },
});
