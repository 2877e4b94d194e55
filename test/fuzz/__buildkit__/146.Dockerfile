# escape=`

ARG GO=Z

FROM --platform=$!&&${HOME:-x y}0app appaa AS base
CMD �x$Aé

FROM base
EXPOSE Z
HEALTHCHECK --interval=30s --retries=3 CMD [";", "name:/x"]
