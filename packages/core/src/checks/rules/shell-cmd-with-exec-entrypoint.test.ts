import { shellCmdWithExecEntrypoint } from './shell-cmd-with-exec-entrypoint.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(shellCmdWithExecEntrypoint, {
  fires: [
    "FROM alpine:3.20\nENTRYPOINT [\"echo\"]\nCMD hello world",
  ],
  passes: [
    "FROM alpine:3.20\nENTRYPOINT [\"echo\"]\nCMD [\"hello\"]",
    "FROM alpine:3.20\nENTRYPOINT echo\nCMD hello",
    "FROM alpine:3.20\nENTRYPOINT []\nCMD echo hello",
  ],
});
