import { redundantTargetPlatform } from '../../../packages/core/src/checks/rules/redundant-target-platform.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(redundantTargetPlatform, {
  fires: [
    "FROM --platform=$TARGETPLATFORM alpine:3.20",
    "FROM --platform=${TARGETPLATFORM} alpine:3.20",
  ],
  passes: [
    "FROM --platform=$BUILDPLATFORM alpine:3.20",
    "FROM alpine:3.20",
  ],
});
