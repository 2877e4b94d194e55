FROM gcc:14 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends cmake ninja-build libboost-all-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY CMakeLists.txt .
COPY include/ include/
COPY src/ src/
RUN cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release \
 && cmake --build build --parallel \
 && ctest --test-dir build --output-on-failure \
 && strip build/server

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libboost-system1.74.0 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/build/server /usr/local/bin/server
EXPOSE 7777/udp
ENTRYPOINT ["server"]
