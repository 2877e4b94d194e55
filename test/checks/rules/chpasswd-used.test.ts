import { chpasswdUsed } from '../../../packages/core/src/checks/rules/chpasswd-used.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(chpasswdUsed, {
  fires: [
    "FROM debian:12\nRUN echo \"root:pw\" | chpasswd",
  ],
  passes: [
    "FROM debian:12\nRUN useradd app",
  ],
});
