# appname　_
ARG GO="[Z"

FROM reg.io:5000/a/b@sha256:00 AS base
CMD ["app0", "aab_--", "--{\u000b`"]
RUN --mount=type=ssh,target=ax.y7Z,required --mount=type=bind,target=0,source=7${A}éname/x --network=none aZ
RUN --network=host --security=insecure ["b/x*/xapp", "name''", "7_[/x"]

FROM base
RUN --mount=type=tmpfs,target=bbx.yname;,size=x --network=host ["_", ""]
