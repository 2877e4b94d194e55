FROM ubuntu:24.04
ARG DEBIAN_FRONTEND=noninteractive
ARG TARGETARCH
ARG KUBECTL_VERSION=v1.30.2
ARG HELM_VERSION=v3.15.2
RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates curl git jq unzip openssh-client \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /usr/local/bin/kubectl "https://dl.example.org/release/${KUBECTL_VERSION}/bin/linux/${TARGETARCH}/kubectl" \
    && chmod +x /usr/local/bin/kubectl \
    && kubectl version --client
RUN curl -fsSL "https://get.example.org/helm-${HELM_VERSION}-linux-${TARGETARCH}.tar.gz" | tar -xz -C /tmp \
    && mv /tmp/linux-${TARGETARCH}/helm /usr/local/bin/helm \
    && rm -rf /tmp/linux-${TARGETARCH} \
    && helm version
RUN useradd -m -u 1001 runner
USER runner
WORKDIR /home/runner
ENTRYPOINT ["/bin/bash", "-c"]
