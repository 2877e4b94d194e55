# escape=`

# /x7
ARG GO=}name

FROM <<EOF/x${HOME}b, AS __
ENTRYPOINT Z--mount=type=bind${HOME}_
ENV A=x.y

FROM __
