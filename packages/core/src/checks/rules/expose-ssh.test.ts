import { exposeSsh } from './expose-ssh.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(exposeSsh, {
  fires: [
    "FROM debian:12\nEXPOSE 22",
    "FROM debian:12\nEXPOSE 80 22/tcp",
  ],
  passes: [
    "FROM debian:12\nEXPOSE 2222 8022",
    "FROM debian:12\nEXPOSE 22/udp",
  ],
});
