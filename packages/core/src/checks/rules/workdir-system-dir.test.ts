import { workdirSystemDir } from './workdir-system-dir.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(workdirSystemDir, {
  fires: [
    "FROM alpine:3.20\nWORKDIR /proc/app",
    "FROM alpine:3.20\nWORKDIR /dev",
  ],
  passes: [
    "FROM alpine:3.20\nWORKDIR /srv/app",
    "FROM alpine:3.20\nWORKDIR /development",
  ],
});
