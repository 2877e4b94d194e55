import { healthcheckMissing } from './healthcheck-missing.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(healthcheckMissing, {
  fires: [
    "FROM nginx:1.27\nCMD [\"nginx\"]",
  ],
  passes: [
    "FROM nginx:1.27\nHEALTHCHECK CMD [\"true\"]",
    "FROM nginx:1.27 AS base\nHEALTHCHECK CMD [\"true\"]\nFROM base",
  ],
});
