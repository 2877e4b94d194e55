FROM debian:bookworm
RUN apt-get update \
    && apt-get install -y gcc g++ \
    && apt-get install -y libssl-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
RUN echo "done"
