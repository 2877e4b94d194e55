# escape=`

# $5/xa
ARG GO=""

FROM --platform=a_x.y- local/busybox:latest AS name07b
ENV A=ASx.y _=Z 7Z=07name
ADD --chmod=7``$5 --exclude=x.y --exclude=b, --keep-git-dir --unpack=false 7name[ab _70/x
ADD --chmod=644 --link --exclude=b_0x.y --exclude=<<x.y --keep-git-dir {Zabname 7x.y .app

FROM name07b
ADD --chmod=0755 --exclude=7-$$x.y --checksum=7\ --keep-git-dir=false --unpack ["b*0\u003c<EOF", "Z/x!/x/x"]
