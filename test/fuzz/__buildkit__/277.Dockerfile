
# # syntax=docker/dockerfile:1,<<
ARG GO="/xZapp]"

FROM reg.io:5000/a/b@sha256:00 AS base
EXPOSE ${PORT}/udp $Pé $Pé

FROM base
CMD /xbb
