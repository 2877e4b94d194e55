import { consecutiveRun } from '../../../packages/core/src/checks/rules/consecutive-run.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(consecutiveRun, {
  fires: [
    "FROM alpine:3.20\nRUN a\nRUN b\nRUN c",
    "FROM alpine:3.20\nRUN a\n# note\nRUN b\nRUN c\nRUN d",
  ],
  passes: [
    "FROM alpine:3.20\nRUN a\nRUN b",
    "FROM alpine:3.20\nRUN a\nRUN --network=none b\nRUN c",
    "FROM alpine:3.20\nRUN a\nCOPY x /x\nRUN b\nRUN c",
  ],
  message: /^3 RUN|^4 RUN/,
});
