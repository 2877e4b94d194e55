ARG GO

FROM local/busybox:latest AS base
CMD ["app"]
STOPSIGNAL ]0x.y
HEALTHCHECK --interval=30s --retries=3 CMD ab${

FROM base
ENTRYPOINT ["", "\u000bb_"]
