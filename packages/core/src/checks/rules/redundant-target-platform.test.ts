import { redundantTargetPlatform } from './redundant-target-platform.js';
import { ruleCases } from './rule-cases.test-util.js';

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
