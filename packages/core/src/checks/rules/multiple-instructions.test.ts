import { multipleInstructions } from './multiple-instructions.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(multipleInstructions, {
  fires: [
    "FROM alpine:3.20\nCMD [\"a\"]\nCMD [\"b\"]",
    "FROM alpine:3.20\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]",
    "FROM alpine:3.20\nHEALTHCHECK CMD [\"true\"]\nHEALTHCHECK NONE",
  ],
  passes: [
    "FROM alpine:3.20\nCMD [\"a\"]\nFROM alpine:3.20\nCMD [\"b\"]",
    "FROM alpine:3.20\nHEALTHCHECK CMD [\"true\"]\nCMD [\"b\"]",
  ],
});
