# escape=`

ARG GO

FROM --platform=linux/amd64 reg.io:5000/a/b@sha256:00 AS base
EXPOSE 31793 12840 nameappaaZ
SHELL ["Z/x/x", "/xbZ", "7${HOME}"]

FROM base
CMD ["--mount=type=bindname", "", "Z"]
