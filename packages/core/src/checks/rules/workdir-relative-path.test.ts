import { workdirRelativePath } from './workdir-relative-path.js';
import { ruleCases } from './rule-cases.test-util.js';

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
