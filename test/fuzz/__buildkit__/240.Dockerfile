# escape=`

ARG GO

FROM golang:${GO} AS base
VOLUME ["7,"]

FROM base
VOLUME ["7"]
SHELL ["/x0$!", "", "nameappa#$"]
