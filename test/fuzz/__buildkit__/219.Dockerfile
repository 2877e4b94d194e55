# escape=`

ARG GO

FROM golang:${GO} AS base
LABEL appa--="<<"

FROM base
