# escape=`

# # syntax=docker/dockerfile:1/x
ARG GO=app

FROM reg.io:5000/a/b@sha256:00 AS base
COPY --from=ba --chown=4 --chmod=7``$5 --link=false 7a x.y_
ADD --chown=3 --link 7a/x name nameb_

FROM base
ENTRYPOINT ["$5", "\u000b?a/"]
