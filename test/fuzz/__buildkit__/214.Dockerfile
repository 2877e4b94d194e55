# escape=`

# bRUN id"$Aé
ARG GO=/xname

FROM local/busybox:latest AS namea7
RUN --network=none <<EOF
7app/
EOF
STOPSIGNAL SIGRTMIN+3
SHELL ["name[app"]

FROM namea7
