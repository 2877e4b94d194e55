import { exposeProtoCasing } from '../../../packages/core/src/checks/rules/expose-proto-casing.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(exposeProtoCasing, {
  fires: [
    "FROM nginx:1.27\nEXPOSE 80/TcP",
    "FROM nginx:1.27\nEXPOSE 53/UDP",
  ],
  passes: [
    "FROM nginx:1.27\nEXPOSE 80/tcp 53/udp",
  ],
});
