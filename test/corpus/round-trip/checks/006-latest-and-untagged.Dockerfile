FROM debian AS base
RUN echo base > /etc/base-marker

FROM alpine:latest
COPY --from=base /etc/base-marker /etc/
USER nobody
