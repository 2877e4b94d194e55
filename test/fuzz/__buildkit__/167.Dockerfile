ARG GO

FROM golang:${GO} AS base
LABEL "a#a"="|0" name/x=7aba

FROM base
