ARG GO

FROM --platform=linux/amd64 reg.io:5000/a/b@sha256:00 AS base
SHELL [""]
STOPSIGNAL SIGTERM

FROM base
SHELL [""]
RUN --network=host --security=insecure ["x.y;", "_/x_b", "app?$Aé_Z"]
