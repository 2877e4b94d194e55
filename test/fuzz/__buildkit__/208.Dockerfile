# escape=`

# # escape=`Z/x
ARG GO=7{

FROM local/busybox:latest AS b/xb
ENV A="" x="app　"

FROM b/xb
