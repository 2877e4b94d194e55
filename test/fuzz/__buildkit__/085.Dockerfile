# &&0x.yapp
ARG GO=""

FROM bnameZ AS base
CMD ["___\u003c<EOF"]
CMD --
EXPOSE 17123 Z0

FROM base
VOLUME ["b\\$!app$_x", "\\'\f${HOME:-x y}", "appaname_"]
ENV PATH_2="\$!" x="7<<EOFZaname"
