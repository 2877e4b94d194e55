ARG GO

FROM --platform=linux/amd64 local/busybox:latest AS base
WORKDIR /x/x
HEALTHCHECK --interval=30s --retries=3 CMD ["!/$_xb", "_app0", "_\\--mount=type=bind_a"]
CMD 7nameb

FROM base
WORKDIR "/x<<7:"
