# ${HOME:-x y}<<name<<-"X"x.y
ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
MAINTAINER appZ
WORKDIR app
SHELL ["", "", "_#nameb_"]

FROM base
ENV PATH_2="*$HOME" x=a _=""
