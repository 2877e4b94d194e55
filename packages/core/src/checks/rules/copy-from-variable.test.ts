import { copyFromVariable } from './copy-from-variable.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(copyFromVariable, {
  fires: [
    "ARG SRC=build\nFROM alpine:3.20\nCOPY --from=$SRC /x /x",
    "FROM alpine:3.20\nRUN --mount=type=bind,from=${SRC},target=/s ls",
  ],
  passes: [
    "FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /x /x",
  ],
});
