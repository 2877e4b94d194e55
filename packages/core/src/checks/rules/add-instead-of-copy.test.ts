import { addInsteadOfCopy } from './add-instead-of-copy.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(addInsteadOfCopy, {
  fires: [
    "FROM alpine:3.20\nADD config.yaml /etc/app/",
    "FROM alpine:3.20\nADD . /app",
  ],
  passes: [
    "FROM alpine:3.20\nADD app.tar.gz /opt/",
    "FROM alpine:3.20\nADD https://x.example/a.bin /opt/a.bin",
    "FROM alpine:3.20\nCOPY config.yaml /etc/app/",
    "FROM alpine:3.20\nADD https://github.example/org/repo.git#v1.0 /src",
  ],
});
