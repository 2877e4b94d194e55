import { untaggedImage } from './untagged-image.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(untaggedImage, {
  fires: [
    "FROM debian",
    "FROM registry.example:5000/team/app",
  ],
  passes: [
    "FROM debian:12",
    "FROM scratch",
    "FROM debian@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "ARG BASE=debian:12\nFROM $BASE",
    "FROM debian:12 AS base\nFROM base",
  ],
  message: /'debian'/,
});
