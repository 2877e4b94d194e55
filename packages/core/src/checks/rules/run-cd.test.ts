import { runCd } from './run-cd.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(runCd, {
  fires: [
    "FROM node:22\nRUN cd /app && npm ci",
    "FROM node:22\nRUN cd /src; make",
  ],
  passes: [
    "FROM node:22\nWORKDIR /app\nRUN npm ci",
    "FROM node:22\nRUN make && (cd docs && make)",
    "FROM node:22\nRUN cd /app",
  ],
});
