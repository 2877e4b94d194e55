import { fromAsCasing } from '../../../packages/core/src/checks/rules/from-as-casing.js';
import { ruleCases } from '../rule-cases.js';

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
