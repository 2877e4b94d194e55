import { privilegedBuildStep } from './privileged-build-step.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(privilegedBuildStep, {
  fires: [
    "FROM alpine:3.20\nRUN --security=insecure mount -t tmpfs none /mnt",
    "FROM alpine:3.20\nRUN --network=host wget -q http://localhost/",
  ],
  passes: [
    "FROM alpine:3.20\nRUN --network=none make test",
    "FROM alpine:3.20\nRUN --security=sandbox true",
  ],
});
