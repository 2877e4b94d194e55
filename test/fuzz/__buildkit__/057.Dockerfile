ARG GO=x.ybZ

FROM reg.io:5000/a/b@sha256:00 AS base
ENV PATH_2="] _ " A="_x.y😀"
WORKDIR x.yx.yname
EXPOSE $Pé /x/x

FROM base
SHELL ["a\tü", "app$_xa!`", "__"]
ENTRYPOINT b0_Z
