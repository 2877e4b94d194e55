import { rootUser } from './root-user.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(rootUser, {
  fires: [
    "FROM alpine:3.20\nCMD [\"sh\"]",
    "FROM alpine:3.20\nUSER app\nUSER root",
    "FROM alpine:3.20 AS base\nUSER 0:0\nFROM base",
  ],
  passes: [
    "FROM alpine:3.20\nUSER app",
    "FROM alpine:3.20 AS base\nUSER 10001\nFROM base",
    "FROM scratch\nCOPY app /app",
    "FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER app",
  ],
});
