import { consistentInstructionCasing } from '../../../packages/core/src/checks/rules/consistent-instruction-casing.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(consistentInstructionCasing, {
  fires: [
    "FROM alpine:3.20\nRun echo hi",
    "from alpine:3.20\nrun echo a\nRUN echo b",
  ],
  passes: [
    "FROM alpine:3.20\nRUN echo hi",
    "from alpine:3.20\nrun echo hi",
  ],
});
