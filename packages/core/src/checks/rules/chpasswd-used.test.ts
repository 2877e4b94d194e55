import { chpasswdUsed } from './chpasswd-used.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(chpasswdUsed, {
  fires: [
    "FROM debian:12\nRUN echo \"root:pw\" | chpasswd",
  ],
  passes: [
    "FROM debian:12\nRUN useradd app",
  ],
});
