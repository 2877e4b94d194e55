import { legacyKeyValueFormat } from '../../../packages/core/src/checks/rules/legacy-key-value-format.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(legacyKeyValueFormat, {
  fires: [
    "FROM alpine:3.20\nENV A b",
    "FROM alpine:3.20\nENV PATH /usr/local/bin:$PATH",
  ],
  passes: [
    "FROM alpine:3.20\nENV A=b",
    "FROM alpine:3.20\nARG TARGETOS TARGETARCH",
    "FROM alpine:3.20\nARG A",
    "FROM alpine:3.20\nARG A=1 B=2",
  ],
});
