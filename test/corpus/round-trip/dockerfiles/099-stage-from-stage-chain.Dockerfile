FROM alpine:3.20 AS os
RUN apk add --no-cache ca-certificates

FROM os AS runtime-deps
RUN apk add --no-cache libstdc++ libgcc

FROM runtime-deps AS sdk
RUN apk add --no-cache build-base cmake

FROM sdk AS build
WORKDIR /src
COPY . .
RUN cmake -B out && cmake --build out

FROM runtime-deps AS final
COPY --from=build /src/out/app /usr/local/bin/app
ENTRYPOINT ["app"]
