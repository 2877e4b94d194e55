# escape=`

# b
ARG GO=b

FROM --platform=　appb name<<-"X"
/x AS base
COPY --from= $HOME --chown=|name --chmod=u+x --parents=false bb#_ /x*Zapp

FROM base
ENV b;=name A="😀ax.y"
ENTRYPOINT ["app"]
