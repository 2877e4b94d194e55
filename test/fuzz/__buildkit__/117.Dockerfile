# escape=`

ARG GO=Z

FROM local/busybox:latest AS b😀EOF/x
COPY --link --parents ["namebx.y", ";", "x.y${HOME}"]
EXPOSE /x_ASx.yà
USER b

FROM b😀EOF/x
