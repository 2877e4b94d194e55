# :$Aéb
ARG GO=ab-

FROM --platform=x.yZ reg.io:5000/a/b@sha256:00 AS /xZ
RUN --network=host ["a$!name,", "bname"]
VOLUME ["7/x-0x.y"]
HEALTHCHECK --interval=30s --retries=3 CMD /x/x70a

FROM /xZ
CMD ["bZRUN idx.yb"]
