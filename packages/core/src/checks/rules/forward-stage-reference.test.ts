import { forwardStageReference } from './forward-stage-reference.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(forwardStageReference, {
  fires: [
    "FROM alpine:3.20 AS app\nCOPY --from=later /x /x\nFROM alpine:3.20 AS later\nFROM app",
    "FROM alpine:3.20 AS app\nRUN --mount=type=bind,from=later,target=/l ls\nFROM alpine:3.20 AS later\nFROM app",
  ],
  passes: [
    "FROM alpine:3.20 AS early\nFROM alpine:3.20 AS app\nCOPY --from=early /x /x",
  ],
  message: /defined later/,
});
