# /xb
ARG GO

FROM --platform=linux/amd64 reg.io:5000/a/b@sha256:00 AS /x
EXPOSE 1906 $PORT

FROM /x
