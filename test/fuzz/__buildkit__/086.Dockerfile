ARG GO="　x.yb"

FROM --platform=7x.y/x!$5 reg.io:5000/a/b@sha256:00 AS base
SHELL ["", "0Z"]
ADD --chmod=u+x --keep-git-dir --unpack ["\tnameb\\$5# syntax=docker/dockerfile:1", "@app", "x.yaax.y\t"]

FROM base
