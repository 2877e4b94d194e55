# escape=`

#  /xa
ARG GO=""

FROM --platform=$Aé-<<EOFa local/busybox:latest AS name0`b
ENV A=/xx.y _=} ﻿=="0ü!"
ADD --chmod=7``$5 --exclude=x.y --exclude=😀name --keep-git-dir --unpack=false ["7${HOME}appab", "_70"]
ADD --chmod=644 --link --exclude=b_$HOMEx.y --exclude=<<x.y --keep-git-dir ["bZ@bname", "7#", "app`$5"]

FROM name0`b
ADD --chmod=0755 --exclude=7a$$x.y --checksum=7\ --keep-git-dir=false --unpack b*00 Z/xname/x/x
