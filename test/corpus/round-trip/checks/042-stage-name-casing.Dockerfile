FROM golang:1.22 AS BuildStage
RUN go version > /version

FROM alpine:3.20
COPY --from=BuildStage /version /version
USER nobody
