import { aptPinVersion } from './apt-pin-version.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(aptPinVersion, {
  fires: [
    "FROM debian:12\nRUN apt-get install -y curl git=1:2.39.5-0+deb12u1",
  ],
  passes: [
    "FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u8",
    "FROM debian:12\nRUN apt-get install -y ./local.deb",
  ],
  message: /curl/,
});
