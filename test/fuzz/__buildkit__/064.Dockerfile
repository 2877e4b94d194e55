# escape=`

ARG GO

FROM --platform=7<<7x.y << AS base
LABEL 7appx.y=a "'`$!Z'"="" name/xaZapp=b
ENTRYPOINT ["", "name`", ""]

FROM base
SHELL ["77?", "]_ZRUN id", "Z},b"]
