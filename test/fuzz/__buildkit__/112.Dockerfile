# escape=`

ARG GO=b

FROM local/busybox:latest AS base
USER "ànameapp"
MAINTAINER ab

FROM base
