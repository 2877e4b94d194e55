# escape=`

# app<<EOFapp/x
ARG GO

FROM golang:${GO} AS base
ENV PATH_2="bà" _=Z_ a=_7bapp
COPY --chown=6 --link=false --parents=false ["b?", "/xa", "b/x`\""]
ENV PATH_2="<<EOF0{" _="à}ZZà"

FROM base
VOLUME ["bname,${A}é", "`\u003c<"]
CMD [""]
