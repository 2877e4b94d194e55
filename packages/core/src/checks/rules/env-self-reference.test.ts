import { envSelfReference } from './env-self-reference.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(envSelfReference, {
  fires: [
    "FROM alpine:3.20\nENV A=/opt B=$A/bin",
    "FROM alpine:3.20\nENV X=1 Y=${X}2",
  ],
  passes: [
    "FROM alpine:3.20\nENV A=/opt\nENV B=$A/bin",
    "FROM alpine:3.20\nENV B=$A/bin A=/opt",
  ],
});
