ARG GO=" #"

FROM --platform=&& name0　7name AS base
VOLUME ["app_/x=7", "x.y"]
COPY --chmod=644 --exclude=/x<<EOF --parents=false ["/x/x /x${A}é", "0name"]

FROM base
CMD Zaname
