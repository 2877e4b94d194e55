FROM golang:1.22 AS builder
WORKDIR /app
COPY . .
RUN go build -o server .

FROM debian:bookworm-slim
COPY --from=builder /app/server /server
ENTRYPOINT ["/server"]
