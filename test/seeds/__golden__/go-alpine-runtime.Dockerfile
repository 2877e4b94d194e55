# Stage 1: Build the Go binary
FROM golang:1.18 AS builder
WORKDIR /go/src/app
# Copy the Go Modules manifests
COPY go.mod go.sum ./
# Download all dependencies; cached while go.mod and go.sum are unchanged
RUN go mod download
COPY . .
RUN go build -o /go/bin/app

# Stage 2: Create the runtime image
FROM alpine:latest
RUN apk --no-cache add ca-certificates
COPY --from=builder /go/bin/app /usr/local/bin/app
EXPOSE 8080
CMD ["app"]
