import { nonsenseCommand } from '../../../packages/core/src/checks/rules/nonsense-command.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(nonsenseCommand, {
  fires: [
    "FROM debian:12\nRUN service nginx start",
    "FROM debian:12\nRUN apt-get install -y vim && vim /etc/x",
  ],
  passes: [
    "FROM debian:12\nRUN apt-get install -y procps",
    "FROM debian:12\nRUN cat /etc/hosts | top -b -n1",
  ],
});
