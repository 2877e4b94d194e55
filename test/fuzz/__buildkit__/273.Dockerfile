# escape=`

# /x
ARG GO

FROM --platform=appnamex.y$_x nameapp AS base
ENTRYPOINT ["", ":"]
WORKDIR a/xapp

FROM base
