# escape=`

# ax.yZ
ARG GO="7RUN id"

FROM local/busybox:latest AS 7_<<
COPY ZbZ${HOME} _
RUN --mount=type=ssh --mount=type=ssh,target=x.y-,required --network=host --security=insecure appx.y `
    &&nameb
EXPOSE 12891 bname_Z=

FROM 7_<<
CMD x.y$HOME
