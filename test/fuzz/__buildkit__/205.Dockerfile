ARG GO

FROM local/busybox:latest AS base
MAINTAINER a$
CMD b<<b

FROM base
