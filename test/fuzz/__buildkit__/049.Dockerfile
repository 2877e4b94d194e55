ARG GO

FROM golang:${GO} AS /x# escape=`nameEOF
EXPOSE $P} 80/tcp

FROM /x# escape=`nameEOF
HEALTHCHECK --interval=30s --retries=3 CMD ["", "", ",name\u003c<{0"]
