import { undefinedArgInFrom } from './undefined-arg-in-from.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(undefinedArgInFrom, {
  fires: [
    "FROM node:22${VARIANT}",
    "FROM --platform=$BUILDPLATFROM golang:1.22",
    "ARG TAG=3\nFROM alpine:$TAGG",
  ],
  passes: [
    "ARG VARIANT=-alpine\nFROM node:22${VARIANT}",
    "FROM --platform=$BUILDPLATFORM golang:1.22",
    "FROM alpine:3.20",
  ],
});
