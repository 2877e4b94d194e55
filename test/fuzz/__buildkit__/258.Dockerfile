# escape=`

ARG GO=EOF

FROM reg.io:5000/a/b@sha256:00 AS base
MAINTAINER app_<<a7
CMD ["/x", "", "&&"]
ENV PATH_2=Zapp

FROM base
