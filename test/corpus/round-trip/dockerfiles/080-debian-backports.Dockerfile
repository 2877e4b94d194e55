FROM debian:bookworm
RUN echo "deb http://deb.example.org/debian bookworm-backports main" > /etc/apt/sources.list.d/backports.list \
    && apt-get update \
    && apt-get install -y -t bookworm-backports --no-install-recommends \
        golang-1.22-go \
        podman \
    && rm -rf /var/lib/apt/lists/*
ENV PATH=/usr/lib/go-1.22/bin:$PATH
CMD ["go", "version"]
