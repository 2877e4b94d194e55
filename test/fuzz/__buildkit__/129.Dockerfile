# escape=`

# /x_$_x/x
ARG GO

FROM local/busybox:latest AS _/x
VOLUME ["a_", "app${HOME}"]
ADD --chmod=u+x --checksum=x.y --unpack=false name a
LABEL _--mount=type=bind="`$5	_" b_=""

FROM _/x
ENV PATH_2=:7 _="　" /x.y$!0=",`"/xname"
CMD ["7/x,x.y", "a0!"]
