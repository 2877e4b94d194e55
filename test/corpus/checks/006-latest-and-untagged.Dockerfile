# expect: DSL3006, DSL3007
# buildkit: accepts
FROM debian AS base
RUN echo base > /etc/base-marker

FROM alpine:latest
COPY --from=base /etc/base-marker /etc/
USER nobody
