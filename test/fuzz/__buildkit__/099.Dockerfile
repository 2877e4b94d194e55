# escape=`

ARG GO="!ü# syntax=docker/dockerfile:1/x"

FROM local/busybox:latest AS base
USER 70nameb

FROM base
