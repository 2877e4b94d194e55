ARG GO="	[/x*0"

FROM --platform=linux/amd64 golang:${GO} AS .${HOME}
STOPSIGNAL `7
ENV A="|" PATH_2=_x.yZ$HOME
LABEL _77=_app

FROM .${HOME}
WORKDIR /x$HOMEZname
