import { fromPlatformFlagConst } from './from-platform-flag-const.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(fromPlatformFlagConst, {
  fires: [
    "FROM --platform=linux/amd64 alpine:3.20 AS base",
    "FROM --platform=linux/arm64 alpine:3.20",
  ],
  passes: [
    "FROM --platform=linux/amd64 alpine:3.20 AS build_amd64",
    "FROM --platform=$BUILDPLATFORM alpine:3.20",
  ],
});
