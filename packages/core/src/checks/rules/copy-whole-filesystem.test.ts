import { copyWholeFilesystem } from './copy-whole-filesystem.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(copyWholeFilesystem, {
  fires: [
    "FROM alpine:3.20 AS b\nFROM debian:12\nCOPY --from=b / /",
  ],
  passes: [
    "FROM alpine:3.20 AS b\nFROM debian:12\nCOPY --from=b /etc/ssl /etc/ssl",
    "FROM debian:12\nCOPY . /",
  ],
});
