import { changeDefaultShell } from './change-default-shell.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(changeDefaultShell, {
  fires: [
    "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh",
  ],
  passes: [
    "FROM debian:12\nRUN ln -sf /usr/bin/python3 /usr/bin/python",
    "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]",
  ],
});
