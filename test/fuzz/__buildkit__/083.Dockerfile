
# # escape=`
ARG GO

FROM local/busybox:latest AS a70
CMD ["$50"]

FROM a70
WORKDIR ${HOME}
ENTRYPOINT /x
