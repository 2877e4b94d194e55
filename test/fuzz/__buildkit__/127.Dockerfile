# escape=`

ARG GO=_x.y

FROM golang:${GO} AS base
USER 90
ENV PATH_2="name_appa" x=Z

FROM base
LABEL "/x "=" 0# escape=``0#"
EXPOSE Z
