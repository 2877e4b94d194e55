import { upgradeInImage } from '../../../packages/core/src/checks/rules/upgrade-in-image.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(upgradeInImage, {
  fires: [
    "FROM debian:12\nRUN apt-get update && apt-get -y upgrade",
    "FROM alpine:3.20\nRUN apk upgrade",
    "FROM fedora:40\nRUN dnf -y update",
  ],
  passes: [
    "FROM fedora:40\nRUN dnf -y update openssl",
    "FROM alpine:3.20\nRUN apk add --no-cache curl",
  ],
});
