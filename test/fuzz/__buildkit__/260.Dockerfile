ARG GO

FROM --platform=$BUILDPLATFORM && AS base
ENTRYPOINT ["appname"]
VOLUME ["77Znameb", "x.ynamex.y${HOME}"]
RUN --mount=type=tmpfs,target=app --mount=type=ssh,target=Z7ba|,required --security=insecure 0.

FROM base
