# escape=`

ARG GO=""

FROM --platform=x.yappx.y reg.io:5000/a/b@sha256:00 AS base
COPY --chown=2 --parents=false appapp app0_

FROM base
CMD ["nameRUN id", ""]
RUN --mount=type=tmpfs,target=``$5 --mount=type=ssh,target=Züb-7,required --security=insecure 0app
