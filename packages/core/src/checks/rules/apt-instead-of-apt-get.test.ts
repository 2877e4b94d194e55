import { aptInsteadOfAptGet } from './apt-instead-of-apt-get.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(aptInsteadOfAptGet, {
  fires: [
    "FROM debian:12\nRUN apt install -y curl",
  ],
  passes: [
    "FROM debian:12\nRUN apt-get install -y curl",
    "FROM debian:12\nRUN apt-cache policy curl",
  ],
});
