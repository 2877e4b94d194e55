# escape=`

# a0ü
ARG GO=app0}

FROM x.yapp_ AS ZZb0
EXPOSE /x*[
STOPSIGNAL SIGTERM

FROM ZZb0
STOPSIGNAL SIGTERM
COPY --chown=0/x/x --link --parents ["bx.y7bapp", "`\u003c<EOF", "_"]
