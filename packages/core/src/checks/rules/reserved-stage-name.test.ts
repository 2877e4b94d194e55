import { reservedStageName } from './reserved-stage-name.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(reservedStageName, {
  fires: [
    "FROM alpine:3.20 AS scratch",
    "FROM alpine:3.20 AS context",
  ],
  passes: [
    "FROM alpine:3.20 AS base",
    "FROM scratch",
  ],
});
