# ab$$
ARG GO=a

FROM --platform=7EOFapp| reg.io:5000/a/b@sha256:00 AS base
RUN --security=insecure --device=name/x ["# escape=`app7app0", "7\r", ""]

FROM base
CMD ["b/x.yapp", "x.y0\u000b"]
