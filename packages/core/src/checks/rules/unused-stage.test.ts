import { unusedStage } from './unused-stage.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(unusedStage, {
  fires: [
    "FROM alpine:3.20 AS lint\nRUN true\nFROM alpine:3.20\nCMD [\"true\"]",
    "FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\nFROM a",
  ],
  passes: [
    "FROM alpine:3.20 AS a\nFROM a AS b\nFROM alpine:3.20\nCOPY --from=b /x /x",
    "FROM alpine:3.20 AS deps\nFROM alpine:3.20\nRUN --mount=type=bind,from=deps,target=/d ls",
  ],
});
