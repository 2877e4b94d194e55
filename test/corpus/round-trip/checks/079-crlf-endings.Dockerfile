FROM alpine:latest
RUN echo hi
USER nobody
