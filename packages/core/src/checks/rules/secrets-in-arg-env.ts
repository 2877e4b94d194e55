import { defineRule } from '../rule.js';
import { secretValueShape } from './secret-values.js';

interface Data { keyword: string; name: string; shape?: string }

// BuildKit's words, and the short forms real projects use: DB_PASS, GITHUB_PAT, SENTRY_DSN (its
// URL carries the key), STRIPE_SK.
const secretWords = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token', 'pass', 'pat', 'dsn', 'sk']);
/** Words that end in a secret word, written as one: PGPASSWORD, MYSQLPASSWORD, APITOKEN. */
const secretSuffix = /(?:password|passwd|secret|token)$/;
const secretHint = /key|auth|credential|pass|pword|secret|token|pat|dsn|sk/i;
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
  if (words.some((word) => exempt.has(word))) return false;
  return words.some((word) => secretWords.has(word) || secretSuffix.test(word));
}

/** A finding for one ARG or ENV: by its name first, else by the shape of its value. */
function finding(keyword: string, name: string, value: string | undefined): Data | undefined {
  if (looksSecret(name)) return { keyword, name };
  const shape = value === undefined ? undefined : secretValueShape(value);
  return shape === undefined ? undefined : { keyword, name, shape };
}

/**
 * DSL3011: an ARG or ENV whose name looks like a secret, or whose value does (a URL with a
 * password, a vendor token shape, a PEM private key: see `secretValueShape`).
 *
 * @example
 * runRules(image, { rules: [secretsInArgEnv] });
 */
export const secretsInArgEnv = defineRule<Data>({
  code: 'DSL3011',
  name: 'SecretsUsedInArgOrEnv',
  severity: 'warning',
  description: 'An ARG or ENV named like a secret (`*_TOKEN`, `*_PASSWORD`, `API_KEY`, `DB_PASS`), or whose value is one (a URL with a password, an AWS, GitHub, Slack or Stripe token, a private key).',
  docs: {
    why: 'ARG and ENV values are stored in the image config, in `docker history` and in build provenance. Anyone who can pull the image can read them. Pass secrets with `RUN --mount=type=secret` instead.',
    bad: 'FROM node:22-alpine\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci',
    good: 'FROM node:22-alpine\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci',
    buildkit: 'SecretsUsedInArgOrEnv',
    hadolint: ['DL3064'],
  },
  format: (d) => (d.shape ? `${d.keyword} ${d.name} holds what looks like ${d.shape}; its value is stored in the image and its history` : `${d.keyword} ${d.name} looks like a secret; its value is stored in the image and its history`),
  hint: 'use RUN --mount=type=secret,id=…,env=… instead',
  create: (context) => ({
    image(facts) {
      facts.image.args?.forEach((arg, i) => {
        const found = finding('ARG', arg.name, arg.default);
        if (found) context.report({ path: [...facts.prefix, 'args', i], holder: arg }, found);
      });
    },
    arg(step) {
      const found = finding('ARG', step.step.name, step.step.default);
      if (found) context.report(step, found);
    },
    env(step) {
      for (const [key, value] of Object.entries(step.step.vars)) {
        const found = finding('ENV', key, value);
        if (found) context.report(step, found, { at: ['vars', key] });
      }
    },
  }),
});
