# escape=`

# b
ARG GO

FROM b\ AS base
LABEL Z_="b*" "app_name`${HOME:-x y}"="7"
EXPOSE $PORT 20361

FROM base
STOPSIGNAL $SIG
