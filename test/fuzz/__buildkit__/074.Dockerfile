# escape=`

ARG GO

FROM local/busybox:latest AS name
ENTRYPOINT ["a$Aéappb", "0name0@0"]

FROM name
