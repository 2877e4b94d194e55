# Stage 1: Build the application
FROM golang:1.20 AS build
WORKDIR /app
# Copy go.mod and go.sum files for dependency management
COPY go.mod go.sum ./
RUN go mod download
COPY . ./
RUN go build -o myapp .

# Stage 2: Create a smaller production image
FROM gcr.io/distroless/base-debian10
COPY --from=build /app/myapp /
CMD ["/myapp"]
