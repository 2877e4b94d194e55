ARG GO

FROM --platform=
$5|x.y_ local/busybox:latest AS appb.
EXPOSE x.y
VOLUME ["a$_x07", "/x \\\"app ", "*a\u0000/x_"]

FROM appb.
EXPOSE 57590
