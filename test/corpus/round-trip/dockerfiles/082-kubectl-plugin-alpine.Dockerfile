FROM alpine:3.20
ARG TARGETOS=linux
ARG TARGETARCH=amd64
RUN apk add --no-cache curl bash \
 && curl -fsSL -o /usr/local/bin/kubectl "https://dl.example.org/kubectl/${TARGETOS}/${TARGETARCH}/kubectl" \
 && chmod 0755 /usr/local/bin/kubectl
COPY --chmod=0755 kubectl-whoami /usr/local/bin/
ENTRYPOINT ["kubectl"]
CMD ["whoami"]
