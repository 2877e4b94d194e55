# Build stage
FROM golang:1.18-alpine AS build
WORKDIR /app
COPY . .
RUN go build -o main

# Final stage
FROM scratch
COPY --from=build /app/main .
CMD ["/main"]
