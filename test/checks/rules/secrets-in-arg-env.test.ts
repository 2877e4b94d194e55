import { secretsInArgEnv } from '../../../packages/core/src/checks/rules/secrets-in-arg-env.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(secretsInArgEnv, {
  fires: [
    "FROM alpine:3.20\nARG GITHUB_TOKEN",
    "FROM alpine:3.20\nENV DB_PASSWORD=hunter2",
    "ARG apiKey\nFROM alpine:3.20",
  ],
  passes: [
    "FROM alpine:3.20\nARG PUBLIC_KEY",
    "FROM alpine:3.20\nENV PASSWORD_FILE=/run/secrets/db",
    "FROM alpine:3.20\nARG TOKEN_VERSION=2",
    "FROM alpine:3.20\nENV KEYBOARD=us",
  ],
});
