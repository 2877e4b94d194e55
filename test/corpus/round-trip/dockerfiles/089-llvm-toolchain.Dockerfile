FROM debian:bookworm-slim AS toolchain
ARG LLVM_VERSION=18
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends wget gnupg ca-certificates lsb-release; \
    wget -qO- https://apt.example.org/llvm-snapshot.gpg.key | gpg --dearmor -o /usr/share/keyrings/llvm.gpg; \
    echo "deb [signed-by=/usr/share/keyrings/llvm.gpg] http://apt.example.org/$(lsb_release -cs)/ llvm-toolchain-$(lsb_release -cs)-${LLVM_VERSION} main" \
      > /etc/apt/sources.list.d/llvm.list; \
    apt-get update; \
    apt-get install -y --no-install-recommends clang-${LLVM_VERSION} lld-${LLVM_VERSION} clang-tidy-${LLVM_VERSION}; \
    rm -rf /var/lib/apt/lists/*; \
    for tool in clang clang++ lld clang-tidy; do \
      ln -s "/usr/bin/${tool}-${LLVM_VERSION}" "/usr/local/bin/${tool}"; \
    done
ENV CC=clang CXX=clang++
WORKDIR /src
