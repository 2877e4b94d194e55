# expect: DSL3018, DSL3019, DSL3020, DSL3022
# buildkit: accepts
FROM ubuntu:24.04
RUN apt-get update
RUN apt-get install -y curl git
USER ubuntu
