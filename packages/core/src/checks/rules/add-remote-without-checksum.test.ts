import { addRemoteWithoutChecksum } from './add-remote-without-checksum.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(addRemoteWithoutChecksum, {
  fires: [
    "FROM alpine:3.20\nADD https://x.example/a.tgz /opt/",
    "FROM alpine:3.20\nADD --checksum=sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc http://x.example/a.tgz /opt/",
  ],
  passes: [
    "FROM alpine:3.20\nADD --checksum=sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc https://x.example/a.tgz /opt/",
    "FROM alpine:3.20\nADD local.tgz /opt/",
  ],
  message: /without --checksum/,
});
