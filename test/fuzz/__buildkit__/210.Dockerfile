# escape=`

# àappà_7
ARG GO

FROM --platform=$BUILDPLATFORM b　bb$Aé AS base
HEALTHCHECK --interval=30s --retries=3 CMD ["Z${# syntax=docker/dockerfile:1_/x", " b\udc00x--Z", "\f"]
RUN --network=host --security=insecure --device=`"`"`"`" 7:_
CMD b0

FROM base
USER "@Zx.yapp"
CMD ,Z
