# escape=`

# _appbEOF&&
ARG GO="0/xapp app"

FROM 0name$_xx.y7 AS a"|0
ENTRYPOINT ["b"]
ADD --chmod=7``$5 --exclude=/name__0 --exclude=/x --checksum=&& --keep-git-dir --unpack [" \u003c<-`\"X`\"070", "bàbx.y]"]

FROM a"|0
