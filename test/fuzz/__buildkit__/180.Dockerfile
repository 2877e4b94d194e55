ARG GO={

FROM local/busybox:latest AS 7� b
STOPSIGNAL }_

FROM 7� b
