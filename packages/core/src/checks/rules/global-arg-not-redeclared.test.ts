import { globalArgNotRedeclared } from './global-arg-not-redeclared.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(globalArgNotRedeclared, {
  fires: [
    "ARG VERSION=1\nFROM alpine:3.20\nLABEL v=$VERSION",
    "FROM alpine:3.20\nCOPY bin/$TARGETARCH/app /app",
  ],
  passes: [
    "ARG VERSION=1\nFROM alpine:3.20\nARG VERSION\nLABEL v=$VERSION",
    "FROM alpine:3.20\nARG TARGETARCH\nCOPY bin/$TARGETARCH/app /app",
    "ARG VERSION=1\nFROM alpine:$VERSION",
  ],
  message: /redeclare/,
});
