# escape=`

# x.yname__/x
ARG GO

FROM _ AS 0a
WORKDIR _x.y_
ENV x="name0`"x.y"
ADD --link --exclude=/x --exclude=-- --keep-git-dir=false ,bx.y Zname

FROM 0a
