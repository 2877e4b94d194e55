FROM ubuntu:24.04
RUN rm -f /etc/apt/apt.conf.d/docker-clean; \
    echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' > /etc/apt/apt.conf.d/keep-cache
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get --no-install-recommends install -y \
      build-essential \
      cmake \
      ninja-build \
      git
RUN --mount=type=tmpfs,target=/tmp,size=512m --mount=type=bind,target=/src,rw cmake -S /src -B /tmp/build -G Ninja\
 && cmake --build /tmp/build\
 && cmake --install /tmp/build
