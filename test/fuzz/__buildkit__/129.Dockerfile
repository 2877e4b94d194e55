ARG GO="Z!"

FROM reg.io:5000/a/b@sha256:00 AS _/x$$#
VOLUME ["Z${HOME}_Z0", "Znameab", "!"]
CMD ${HOME}7`
EXPOSE ${P:-80}

FROM _/x$$#
VOLUME ["a\u003c<-\\\"X\\\"0&&Z", "x.y# escape=`a", "/x/x_a"]
