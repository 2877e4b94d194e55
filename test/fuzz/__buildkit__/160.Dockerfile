# escape=`

ARG GO=,/x$HOME_0

FROM reg.io:5000/a/b@sha256:00 AS base
CMD 7name_{app
EXPOSE 46319 ${P:-80}
HEALTHCHECK --interval=30s --retries=3 CMD ["0x.yapp7\""]

FROM base
USER ".😀/x/xb:/x/x}"
HEALTHCHECK --interval=30s --retries=3 CMD [""]
