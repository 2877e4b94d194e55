# escape=`

ARG GO

FROM local/busybox:latest AS 0x.yapp
ENV PATH_2=appZ
ENTRYPOINT ["${app`a\t", ""]

FROM 0x.yapp
