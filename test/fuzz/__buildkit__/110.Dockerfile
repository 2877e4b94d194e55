ARG GO="_?/xname_"

FROM --platform=${HOME} reg.io:5000/a/b@sha256:00 AS base
WORKDIR "#app/x{"
ENTRYPOINT ["bapp", "/x"]

FROM base
CMD ["name`\\", "_", "${HOME}Z0"]
COPY --chown=x.yb --link=false --exclude=0RUN id --parents=false ["/x", "_ /xZ:", "name0x.y*"]
