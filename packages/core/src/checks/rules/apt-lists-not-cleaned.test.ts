import { aptListsNotCleaned } from './apt-lists-not-cleaned.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(aptListsNotCleaned, {
  fires: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl",
  ],
  passes: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
    "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl",
    "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM scratch\nCOPY --from=build /usr/bin/gcc /gcc",
  ],
});
