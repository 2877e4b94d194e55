ARG GO=_x.y/x

FROM reg.io:5000/a/b@sha256:00 AS base
EXPOSE 12970 $P}
VOLUME ["\\$\\$\\\\\naapp", "&&", "0b="]
COPY --chmod=u+x --link=false --parents b0Z/x7 app_{

FROM base
ENV /xnameapp="app_/x`"
RUN --security=insecure Zappname
