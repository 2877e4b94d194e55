FROM golang:1.18 AS builder
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY . .

FROM alpine:latest
COPY --from=builder /app/myapp /bin/myapp
CMD ["/bin/myapp"]
