# escape=`

ARG GO

FROM --platform=😀# syntax=docker/dockerfile:1 local/busybox:latest AS base
USER 41:0
VOLUME ["x.y"]
ENTRYPOINT _app]/x

FROM base
SHELL ["$$/x\f77", "b*x.y"]
