import { exposeInvalidFormat } from './expose-invalid-format.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(exposeInvalidFormat, {
  fires: [
    "FROM nginx:1.27\nEXPOSE 8080:80",
    "FROM nginx:1.27\nEXPOSE 127.0.0.1:80:80",
  ],
  passes: [
    "FROM nginx:1.27\nEXPOSE 80",
    "FROM nginx:1.27\nEXPOSE 7000-7010/udp",
  ],
});
