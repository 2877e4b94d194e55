# escape=`

ARG GO=7

FROM reg.io:5000/a/b@sha256:00 AS base
COPY --from=0' --chown=8 --link ["`$$ax.y0", "#[/x\u003c<-`\"X`\"b", "a"]
USER 79:7x.ya

FROM base
USER "9:$_x`${bapp"
WORKDIR "}RUN idnamea"
