import { describe, expect, it } from 'vitest';
import { secretValueShape } from './secret-values.js';
import { secretsInArgEnv } from './secrets-in-arg-env.js';
import { ruleCases } from './rule-cases.test-util.js';

// Token-shaped test values are assembled at run time, so the file itself holds no string a
// secret scanner would flag.
const token = (prefix: string, length: number, alphabet = 'A1b2C3d4E5f6G7h8J9k0'): string => prefix + alphabet.repeat(Math.ceil(length / alphabet.length)).slice(0, length);

ruleCases(secretsInArgEnv, {
  fires: [
    "FROM alpine:3.20\nARG GITHUB_TOKEN",
    "FROM alpine:3.20\nENV DB_PASSWORD=hunter2",
    "ARG apiKey\nFROM alpine:3.20",
    "FROM alpine:3.20\nENV PGPASSWORD=hunter2",
    "FROM alpine:3.20\nARG DB_PASS",
    "FROM alpine:3.20\nARG GITHUB_PAT",
    "FROM alpine:3.20\nENV SENTRY_DSN=https://abc@sentry.example.org/1",
    "FROM alpine:3.20\nARG STRIPE_SK",
    "FROM alpine:3.20\nENV DATABASE_URL=postgres://app:hunter2@db:5432/app",
    `FROM alpine:3.20\nENV AWS_ID=${token('AKIA', 16, 'ABCDEFGHIJ0123456789')}`,
    `FROM alpine:3.20\nARG GH=${token('ghp_', 36)}`,
    `FROM alpine:3.20\nENV SLACK_HOOK_URL=${token('xoxb-', 24)}`,
    `FROM alpine:3.20\nENV STRIPE=${token('sk_live_', 24)}`,
    'FROM alpine:3.20\nENV CERT="-----BEGIN RSA PRIVATE KEY-----\\nMIIB"',
  ],
  passes: [
    "FROM alpine:3.20\nARG PUBLIC_KEY",
    "FROM alpine:3.20\nENV PASSWORD_FILE=/run/secrets/db",
    "FROM alpine:3.20\nARG TOKEN_VERSION=2",
    "FROM alpine:3.20\nENV KEYBOARD=us",
    "FROM alpine:3.20\nENV DATABASE_URL=postgres://app@db:5432/app",
    "FROM alpine:3.20\nENV DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app",
    "FROM alpine:3.20\nENV DATABASE_URL=postgres://$DB_USER:$DB_PASSWORD@db/app",
    "FROM alpine:3.20\nENV UPSTREAM=http://localhost:8080/health PATH=/usr/local/bin:$PATH",
    "FROM alpine:3.20\nENV NODE_SHA256=5b2bde4a1a1e2f0d8a9c8a5f6a3b1e7c9d0f2a4b6c8e0f1a3b5c7d9e1f3a5b7c",
    "FROM alpine:3.20\nENV PWD_HOME=/srv TASK=build PATCH_LEVEL=3 DISK=/dev/sda",
    "FROM alpine:3.20\nENV CERT_HEADER='-----BEGIN CERTIFICATE-----'",
  ],
});

describe('secretValueShape', () => {
  it('names the shape it found', () => {
    expect(secretValueShape('redis://:s3cretpass@cache:6379/0')).toBe('a URL with a password');
    expect(secretValueShape(token('github_pat_', 40))).toBe('a GitHub token');
    expect(secretValueShape('-----BEGIN OPENSSH PRIVATE KEY-----')).toBe('a private key');
  });

  it('leaves digests, versions and plain URLs alone', () => {
    for (const value of ['sha256:5b2bde4a1a1e2f0d8a9c8a5f6a3b1e7c9d0f2a4b6c8e0f1a3b5c7d9e1f3a5b7c', '1.27.3-alpine3.20', 'https://dl.example.org/v1.2.3/tool-linux-amd64.tar.gz', 'git@github.com:acme/app.git', 'ssh://git@github.com/acme/app']) {
      expect(secretValueShape(value), value).toBeUndefined();
    }
  });
});
