FROM golang:1.20 AS build
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY . ./
RUN go build -o myapp .

FROM gcr.io/distroless/base-debian10
COPY --from=build /app/myapp /
CMD ["/myapp"]
