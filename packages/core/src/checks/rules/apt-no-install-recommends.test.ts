import { aptNoInstallRecommends } from './apt-no-install-recommends.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(aptNoInstallRecommends, {
  fires: [
    "FROM debian:12\nRUN apt-get install -y curl",
  ],
  passes: [
    "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl",
    "FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y curl",
  ],
});
