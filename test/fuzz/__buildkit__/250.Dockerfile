# nameapp0
ARG GO="<</x"

FROM --platform=$BUILDPLATFORM reg.io:5000/a/b@sha256:00 AS /x
RUN --mount=type=bind,target=ZAS,source=Z! --network=none --security=insecure x.yàb<<EOF

FROM /x
VOLUME ["_"]
VOLUME ["_ 0x.yb"]
