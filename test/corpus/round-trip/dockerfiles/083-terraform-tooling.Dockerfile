FROM hashicorp/terraform:1.9 AS tf

FROM alpine:3.20
RUN apk add --no-cache git openssh bash python3 py3-pip aws-cli
COPY --from=tf /bin/terraform /usr/local/bin/terraform
RUN terraform -version
WORKDIR /workspace
ENTRYPOINT ["terraform"]
