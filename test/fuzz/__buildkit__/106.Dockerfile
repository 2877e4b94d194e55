# /x.
ARG GO="=!0"

FROM --platform=<<0RUN id 70Z7AS AS _b
COPY --chown=7 --chmod=7\\$5 --parents=false ["-bx.y", "name$HOME"]
MAINTAINER  

FROM _b
WORKDIR "aabnameRUN id"
