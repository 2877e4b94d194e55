import { updateWithoutInstall } from '../../../packages/core/src/checks/rules/update-without-install.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(updateWithoutInstall, {
  fires: [
    "FROM debian:12\nRUN apt-get update",
    "FROM alpine:3.20\nRUN apk update",
  ],
  passes: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl",
    "FROM alpine:3.20\nRUN apk update && apk add curl",
  ],
});
