ARG GO

FROM --platform=` reg.io:5000/a/b@sha256:00 AS _{
ENV PATH_2="" b7,_=/xbx.yname x=""

FROM _{
ENV 
ZZ0;=bname x="" A=bax.yx.y
ENV 7appx.y${="/x;app"
