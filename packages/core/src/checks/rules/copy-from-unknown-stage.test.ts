import { copyFromUnknownStage } from './copy-from-unknown-stage.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(copyFromUnknownStage, {
  fires: [
    "FROM alpine:3.20\nCOPY --from=builder /app /app",
    "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=biuld /out/app /app",
    "FROM alpine:3.20 AS deps\nFROM alpine:3.20\nRUN --mount=type=bind,from=dpes,target=/d ls /d",
    "FROM golang:1.22 AS build\nFROM biuld\n",
  ],
  passes: [
    "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /out /out",
    "FROM alpine:3.20\nCOPY --from=busybox:1.36 /bin/busybox /bin/busybox",
    "FROM alpine:3.20\nCOPY --from=nginx /etc/nginx/nginx.conf /etc/nginx.conf",
    "FROM alpine:3.20\nCOPY --from=0 /x /x",
    "FROM alpine:3.20\nCOPY --from=registry.example/tools /bin/t /bin/t",
  ],
  message: /'builder'/,
});
