# escape=`

ARG GO

FROM Za AS $$
SHELL ["name77${", ""]
ADD --link ["app7", ",_x.y${HOME:-x y}\u0000"]

FROM $$
WORKDIR /xZZx.y
ENTRYPOINT 0\
$!app
