FROM debian:bookworm
RUN apt-get update \
    # compilers first
    && apt-get install -y gcc g++ \
    # then the libraries the build links against
    && apt-get install -y libssl-dev zlib1g-dev \
#   unindented comment in the middle
    && rm -rf /var/lib/apt/lists/*
# a normal comment
RUN echo "done"
