# escape=`

# _	__
ARG GO=""

FROM reg.io:5000/a/b@sha256:00 AS base
RUN --mount=type=secret,id=``$!Z0,env=TOKEN --mount=type=secret,target=$HOME_x.y,id=0,env=TOKEN,mode=600,uid=1820,gid=66707 --security=insecure app
CMD ["RUN idüname"]

FROM base
