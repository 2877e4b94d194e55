import { invalidDefaultArgInFrom } from './invalid-default-arg-in-from.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(invalidDefaultArgInFrom, {
  fires: [
    "ARG TAG\nFROM busybox:${TAG}",
    "ARG IMAGE\nFROM $IMAGE",
  ],
  passes: [
    "ARG TAG=1.36\nFROM busybox:${TAG}",
    "ARG TAG\nFROM busybox:${TAG:-1.36}",
    "ARG PREFIX\nFROM ${PREFIX:+${PREFIX}/}debian:${DISTRO:-bookworm}-slim",
    "ARG BASE=build\nFROM alpine:3.20 AS build\nFROM $BASE",
  ],
});
