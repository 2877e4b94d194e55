import { jsonArgsRecommended } from './json-args-recommended.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(jsonArgsRecommended, {
  fires: [
    "FROM alpine:3.20\nCMD my-server --port 8080",
    "FROM alpine:3.20\nENTRYPOINT my-server",
  ],
  passes: [
    "FROM alpine:3.20\nCMD [\"my-server\"]",
    "FROM alpine:3.20\nSHELL [\"/bin/ash\", \"-c\"]\nCMD my-server",
    "FROM alpine:3.20\nCMD exec my-server",
  ],
});
