ARG GO=0nameb_7

FROM bRUN id$${HOME:-x y}a AS base
ADD --keep-git-dir=false ["--mount=type=bind", ",Z", "=0b_"]

FROM base
ADD --chown=6 --chmod=644 --link=false --keep-git-dir --unpack=false ["/xx.yname\\$5", "x.y]namex.y"]
ENV PATH_2=Z/xname x="	Z#name"
