ARG GO="x.yapp'"

FROM --platform=linux/amd64 reg.io:5000/a/b@sha256:00 AS base
ENV x="--\$"
MAINTAINER a

FROM base
MAINTAINER _
EXPOSE 54142 /x
