# escape=`

ARG GO

FROM local/busybox:latest AS x.yZ_$_xZ
SHELL [":AS", "/x'", "7"]

FROM x.yZ_$_xZ
COPY --from=base --chown=4 --chmod=7``$5 --exclude=x.y
/x --exclude=0Z7 ["0", "b7", "77`\u003c<EOF　name"]
