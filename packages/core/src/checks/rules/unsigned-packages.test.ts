import { unsignedPackages } from './unsigned-packages.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(unsignedPackages, {
  fires: [
    "FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/x.apk",
    "FROM fedora:40\nRUN dnf install -y --nogpgcheck tool",
    "FROM debian:12\nRUN apt-get install -y --allow-unauthenticated tool",
  ],
  passes: [
    "FROM alpine:3.20\nRUN apk add --no-cache tool",
    "FROM fedora:40\nRUN dnf install -y tool",
  ],
});
