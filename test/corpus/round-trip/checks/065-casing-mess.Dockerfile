FROM alpine:3.20 AS base
RUN echo hi
USER nobody
