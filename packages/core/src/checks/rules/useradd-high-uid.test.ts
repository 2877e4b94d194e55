import { useraddHighUid } from './useradd-high-uid.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(useraddHighUid, {
  fires: [
    "FROM debian:12\nRUN useradd -u 1000000 app",
    "FROM debian:12\nRUN useradd --uid 2000000 -m app",
  ],
  passes: [
    "FROM debian:12\nRUN useradd -l -u 1000000 app",
    "FROM debian:12\nRUN useradd -u 10001 app",
  ],
});
