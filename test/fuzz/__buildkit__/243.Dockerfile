ARG GO

FROM --platform=Zx.yapp7] reg.io:5000/a/b@sha256:00 AS base
CMD x.y
EXPOSE $Pé $P}

FROM base
CMD ["a,0/x$", "\u003c<EOFname"]
