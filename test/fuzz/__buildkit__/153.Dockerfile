# escape=`

ARG GO="0;\bx.y"

FROM local/busybox:latest AS ZbZ
SHELL ["7\u000ba_b", "/x,|/7", "7"]
ENV x="`$`$0/xZ" 07EOFa=" x.y<<EOFZb"

FROM ZbZ
WORKDIR appZ
HEALTHCHECK --interval=30s --retries=3 CMD ["${HOME:-x y}0_namex.y"]
