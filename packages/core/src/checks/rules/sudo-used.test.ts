import { sudoUsed } from './sudo-used.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(sudoUsed, {
  fires: [
    "FROM debian:12\nRUN sudo apt-get update",
    "FROM debian:12\nRUN echo a && sudo -u app make",
  ],
  passes: [
    "FROM debian:12\nRUN apt-get update",
    "FROM debian:12\nRUN echo sudo",
  ],
});
