ARG GO=00

FROM --platform=x.y reg.io:5000/a/b@sha256:00 AS 7
ENV PATH_2="app😀ü\"*" A=@
USER 0:Z

FROM 7
RUN --mount=type=cache,target=nameZapp_,sharing=private,uid=-1,gid=9112 --mount=type=bind,target=a/x,from=Base --network=host --device=/xaapp: ["{_,\ud800", "7x.yZ"]
