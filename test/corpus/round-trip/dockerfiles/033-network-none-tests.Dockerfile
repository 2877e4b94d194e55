FROM golang:1.22 AS deps
WORKDIR /src
COPY go.* ./
RUN go mod download

FROM deps AS test
COPY . .
RUN --network=none go test ./...

FROM deps AS lint
COPY . .
RUN --mount=type=cache,target=/root/.cache/golangci-lint --network=none golangci-lint run --timeout 5m

FROM deps AS build
COPY . .
RUN --network=none CGO_ENABLED=0 go build -o /bin/app .

FROM scratch
COPY --from=build /bin/app /app
ENTRYPOINT ["/app"]
