import { apkNoCache } from './apk-no-cache.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(apkNoCache, {
  fires: [
    "FROM alpine:3.20\nRUN apk add curl",
  ],
  passes: [
    "FROM alpine:3.20\nRUN apk add --no-cache curl",
    "FROM alpine:3.20\nRUN apk add curl && rm -rf /var/cache/apk/*",
    "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl",
  ],
});
