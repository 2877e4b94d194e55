import { apkPinVersion } from './apk-pin-version.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(apkPinVersion, {
  fires: [
    "FROM alpine:3.20\nRUN apk add --no-cache curl bash=5.2.26-r0",
  ],
  passes: [
    "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1 bash~5.2",
    "FROM alpine:3.20\nRUN apk add --no-cache --virtual .deps gcc=13.2.1_git20240309-r0",
  ],
  message: /curl/,
});
