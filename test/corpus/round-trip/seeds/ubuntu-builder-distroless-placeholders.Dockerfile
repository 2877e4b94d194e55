FROM ubuntu:latest AS builder
RUN apt-get update && apt-get install -y --no-install-recommends <build-tools>
WORKDIR /app
COPY . .
RUN <build-commands>

FROM distroless/python3-debian12 AS runtime
WORKDIR /app
COPY --from=builder ["/app/", "<application-artifacts>"]
CMD ["python3", "<application-entrypoint>"]
