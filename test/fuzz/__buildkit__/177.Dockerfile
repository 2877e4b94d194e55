# escape=`

ARG GO

FROM --platform=b /x AS base
USER 74

FROM base
ADD --exclude=`` --exclude=$0b_x.y --checksum=``$5 --keep-git-dir --unpack=false ["`'", "namex.y"]
