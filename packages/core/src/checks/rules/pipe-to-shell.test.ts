import { pipeToShell } from './pipe-to-shell.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(pipeToShell, {
  fires: [
    "FROM debian:12\nRUN curl -fsSL https://x.example/i.sh | sh",
    "FROM debian:12\nRUN wget -qO- https://x.example/i.sh | sudo bash -s --",
    "FROM debian:12\nRUN curl -s https://x.example/i.py | tee /tmp/log | python3",
  ],
  passes: [
    "FROM debian:12\nRUN curl -fsSL https://x.example/a.tgz | tar -xz",
    "FROM debian:12\nRUN echo hi | sh",
    "FROM debian:12\nRUN curl -o /tmp/i.sh https://x.example/i.sh && sh /tmp/i.sh",
  ],
});
