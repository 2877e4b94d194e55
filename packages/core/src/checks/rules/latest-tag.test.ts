import { latestTag } from './latest-tag.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(latestTag, {
  fires: [
    "FROM alpine:latest",
    "FROM registry.example:5000/app:latest AS x",
  ],
  passes: [
    "FROM alpine:3.20",
    "FROM alpine:latest@sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
    "FROM latest:1",
  ],
});
