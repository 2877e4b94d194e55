# escape=`

ARG GO="<<-`"X`"_name"

FROM --platform=linux/amd64 golang:${GO} AS @x.yapp'Z
ENV /x=Z A="${HOME:-x y}<<EOF" aname-0\
="/x
/x[app"
USER 41:84

FROM @x.yapp'Z
