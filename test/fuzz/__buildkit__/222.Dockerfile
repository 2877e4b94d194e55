ARG GO

FROM . AS base
RUN --mount=type=secret,id=;/xa[a,env=a b,gid=3958 --network=none --security=insecure bname!
WORKDIR Z
COPY --from=base.v2 --chmod=u+x --link --parents=false ["7à", "app"]

FROM base
LABEL "x.y7/xapp\${HOME}"=_app0_ "name\$Aéname"=a0
