import { maintainerDeprecated } from './maintainer-deprecated.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(maintainerDeprecated, {
  fires: [
    "FROM alpine:3.20\nMAINTAINER ops@example.test",
  ],
  passes: [
    "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=ops@example.test",
  ],
});
