import { cacheMountSharing } from './cache-mount-sharing.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(cacheMountSharing, {
  fires: [
    "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update",
  ],
  passes: [
    "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update",
    "FROM node:22\nRUN --mount=type=cache,target=/root/.npm npm ci",
  ],
});
