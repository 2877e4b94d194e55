import { stageNameCasing } from '../../../packages/core/src/checks/rules/stage-name-casing.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(stageNameCasing, {
  fires: [
    "FROM alpine:3.20 AS BuilderBase",
    "FROM alpine:3.20 AS Build",
  ],
  passes: [
    "FROM alpine:3.20 AS builder-base",
    "FROM alpine:3.20",
  ],
});
