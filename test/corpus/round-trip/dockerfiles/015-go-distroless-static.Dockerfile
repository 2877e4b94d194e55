FROM golang:1.22-bookworm AS build
WORKDIR /go/src/app
COPY . .
RUN go mod download
RUN go vet -v ./...
RUN go test -v ./...
RUN CGO_ENABLED=0 go build -o /go/bin/app ./cmd/app

FROM gcr-mirror.example/distroless/static-debian12:nonroot
COPY --from=build /go/bin/app /
USER nonroot:nonroot
ENTRYPOINT ["/app"]
