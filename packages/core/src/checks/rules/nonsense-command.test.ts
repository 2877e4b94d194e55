import { nonsenseCommand } from './nonsense-command.js';
import { ruleCases } from './rule-cases.test-util.js';

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
