# escape=`

ARG GO

FROM golang:${GO} AS base
SHELL [" _0_"]

FROM base
