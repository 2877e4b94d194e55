From ubuntu:22.04 AS Builder
Run apt-get update && apt-get install -y make gcc
WorkDir /src
Copy . .
Run make

FROM ubuntu:22.04
Copy --from=Builder /src/bin/tool /usr/local/bin/tool
Cmd ["tool"]
