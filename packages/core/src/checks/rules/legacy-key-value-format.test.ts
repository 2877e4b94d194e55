import { legacyKeyValueFormat } from './legacy-key-value-format.js';
import { ruleCases } from './rule-cases.test-util.js';

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
