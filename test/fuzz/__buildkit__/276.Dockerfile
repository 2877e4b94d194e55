# escape=`

# Z70
ARG GO

FROM reg.io:5000/a/b@sha256:00 AS Zx.yx.y/xb
WORKDIR x.y
SHELL ["bname", "app", "b"]
WORKDIR "`"&&name`$!`$"

FROM Zx.yx.y/xb
LABEL _="" "_aZ`$Aéa"="#name$HOME" x.yappaZx.y="|--mount=type=bind"
