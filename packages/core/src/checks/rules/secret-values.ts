/**
 * Shapes of credentials by value: each a pattern specific enough that a match is almost surely
 * a real secret (a vendor's token prefix and length, a URL with a password, a PEM private key).
 * Generic "long random string" tests are left out on purpose: checksums, digests and version
 * hashes fill Dockerfiles and would drown the rule in false positives.
 */
const shapes: ReadonlyArray<readonly [shape: string, pattern: RegExp]> = [
  // scheme://user:password@host (the user may be empty) — the password not a `$VAR` reference.
  ['a URL with a password', /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/$]*:(?!\$)[^\s@/]+@[^\s@/]/i],
  ['an AWS access key id', /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/],
  ['a GitHub token', /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/],
  ['a Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}|hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/],
  ['a Stripe secret key', /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/],
  ['an npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['a Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['a private key', /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/],
];

/**
 * What kind of credential a value looks like, or undefined: credential URLs
 * (`postgres://user:pass@db`), AWS, GitHub, Slack, Stripe, npm and Google key shapes, PEM
 * private keys.
 *
 * @example
 * secretValueShape('postgres://app:hunter2@db:5432/app'); // 'a URL with a password'
 * secretValueShape('postgres://app@db:5432/app'); // undefined
 */
export function secretValueShape(value: string): string | undefined {
  if (value.length < 16) return undefined;
  for (const [shape, pattern] of shapes) if (pattern.test(value)) return shape;
  return undefined;
}
