import { workdirRelativePath } from '../../../packages/core/src/checks/rules/workdir-relative-path.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(workdirRelativePath, {
  fires: [
    "FROM alpine:3.20\nWORKDIR app",
    "FROM alpine:3.20\nWORKDIR ~/app",
  ],
  passes: [
    "FROM alpine:3.20\nWORKDIR /app\nWORKDIR sub",
    "FROM alpine:3.20\nWORKDIR $HOME/app",
  ],
});
