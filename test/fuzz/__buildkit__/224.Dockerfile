# b
ARG GO

FROM 0/x/x/x AS base
ENV A=app 7b0${=""
STOPSIGNAL app|Z]/x
SHELL ["/x0`="]

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD ["$5a", "a", "\u003c<"]
