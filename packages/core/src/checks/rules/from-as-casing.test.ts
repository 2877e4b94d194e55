import { fromAsCasing } from './from-as-casing.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(fromAsCasing, {
  fires: [
    "FROM alpine:3.20 as build",
    "from alpine:3.20 AS build",
  ],
  passes: [
    "FROM alpine:3.20 AS build",
    "from alpine:3.20 as build",
    "FROM alpine:3.20",
  ],
});
