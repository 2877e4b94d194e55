# 0ZZ/x
ARG GO=007/xa

FROM reg.io:5000/a/b@sha256:00 AS 7\_app
ENV EOF__/x="b<<EOF" x="-aànameZ"
ENV x="bZ${HOME:-x y}!" _="app_<<-\"X\"name"
COPY --link=false --exclude=0 --parents ["EOF", "b\tZ　_", "# escape=`"]

FROM 7\_app
