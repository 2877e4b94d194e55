# escape=`

ARG GO

FROM --platform=_AS_name reg.io:5000/a/b@sha256:00 AS 7/x0
VOLUME [":RUN id7AS"]
WORKDIR "_7!a"
VOLUME ["[", "b`$5/x"]

FROM 7/x0
CMD RUN id/x;0
COPY --from=üapp$! --chown=```"a --exclude=/x --exclude=- ["$_x😀", "/xapp"]
