# name
ARG GO

FROM aapp AS /x
VOLUME ["_\u000b"]

FROM /x
EXPOSE 33716
