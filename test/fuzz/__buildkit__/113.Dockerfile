# escape=`

ARG GO="appapp_Z"

FROM golang:${GO} AS base
SHELL ["7$5", "Zü$Aé"]
EXPOSE 80/tcp
SHELL ["/x", "7"]

FROM base
