# escape=`

# 7appapp$5
ARG GO

FROM golang:${GO} AS name
ENV x.y/x="EOF😀"

FROM name
EXPOSE $PORT
CMD [""]
