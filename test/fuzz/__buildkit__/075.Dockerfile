# escape=`

ARG GO

FROM golang:${GO} AS base
ENV PATH_2=}_appx.y

FROM base
