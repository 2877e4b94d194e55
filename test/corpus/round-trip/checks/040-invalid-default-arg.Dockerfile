# expect: DSL2011
# buildkit: accepts
ARG BUSYBOX_TAG

FROM busybox:${BUSYBOX_TAG}
USER nobody
