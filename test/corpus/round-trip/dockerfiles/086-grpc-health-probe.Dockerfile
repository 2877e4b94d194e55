FROM golang:1.22 AS build
ARG GRPC_HEALTH_PROBE_VERSION=v0.4.28
RUN GOBIN=/bin go install github.example/grpc-ecosystem/grpc-health-probe@${GRPC_HEALTH_PROBE_VERSION}
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /bin/greeter ./server

FROM gcr-mirror.example/distroless/static:nonroot
COPY --from=build /bin/grpc-health-probe /bin/grpc-health-probe
COPY --from=build /bin/greeter /bin/greeter
EXPOSE 50051
HEALTHCHECK --interval=10s --timeout=2s CMD ["/bin/grpc-health-probe", "-addr=:50051"]
ENTRYPOINT ["/bin/greeter"]
