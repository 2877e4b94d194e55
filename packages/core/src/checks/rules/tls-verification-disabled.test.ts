import { tlsVerificationDisabled } from './tls-verification-disabled.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(tlsVerificationDisabled, {
  fires: [
    "FROM debian:12\nRUN curl -sk https://x.example/a",
    "FROM debian:12\nRUN wget --no-check-certificate https://x.example/a",
    "FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=0",
    "FROM python:3.12\nRUN pip install --trusted-host pypi.example flask==3.0.3",
  ],
  passes: [
    "FROM debian:12\nRUN curl -fsS https://x.example/a",
    "FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=1",
    // Names of Object.prototype members are plain variables, not TLS settings.
    "FROM node:22\nENV constructor=1 toString=0",
  ],
});
