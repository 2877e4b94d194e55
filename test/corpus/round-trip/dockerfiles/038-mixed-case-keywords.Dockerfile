FROM ubuntu:22.04 AS Builder
RUN apt-get update && apt-get install -y make gcc
WORKDIR /src
COPY . .
RUN make

FROM ubuntu:22.04
COPY --from=Builder /src/bin/tool /usr/local/bin/tool
CMD ["tool"]
