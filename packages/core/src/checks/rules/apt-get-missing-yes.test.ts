import { aptGetMissingYes } from './apt-get-missing-yes.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(aptGetMissingYes, {
  fires: [
    "FROM debian:12\nRUN apt-get update && apt-get install curl",
    "FROM debian:12\nRUN apt-get -q upgrade",
  ],
  passes: [
    "FROM debian:12\nRUN apt-get install -y curl",
    "FROM debian:12\nRUN apt-get install --yes curl",
    "FROM debian:12\nRUN apt-get -qqy install curl",
    "FROM debian:12\nRUN apt-get update",
  ],
});
