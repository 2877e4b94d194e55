ARG GO

FROM --platform=linux/amd64 local/busybox:latest AS bnameZ_# syntax=docker/dockerfile:1
LABEL b="" "name#7"=/x

FROM bnameZ_# syntax=docker/dockerfile:1
