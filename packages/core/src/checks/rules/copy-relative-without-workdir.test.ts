import { copyRelativeWithoutWorkdir } from './copy-relative-without-workdir.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(copyRelativeWithoutWorkdir, {
  fires: [
    "FROM node:22\nCOPY package.json .",
    "FROM node:22\nCOPY src app/src",
  ],
  passes: [
    "FROM node:22\nWORKDIR /app\nCOPY package.json .",
    "FROM node:22\nCOPY package.json /app/",
    "FROM node:22 AS base\nWORKDIR /app\nFROM base\nCOPY x .",
  ],
});
