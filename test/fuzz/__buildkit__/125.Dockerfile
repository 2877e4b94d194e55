# escape=`

ARG GO

FROM local/busybox:latest AS 7/x_0$$
EXPOSE 59507 nameRUN id
HEALTHCHECK --interval=30s --retries=3 CMD ["a_:/x"]
VOLUME ["--mount=type=bind/x/x/x", "Z"]

FROM 7/x_0$$
