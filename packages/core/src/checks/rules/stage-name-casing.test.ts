import { stageNameCasing } from './stage-name-casing.js';
import { ruleCases } from './rule-cases.test-util.js';

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
