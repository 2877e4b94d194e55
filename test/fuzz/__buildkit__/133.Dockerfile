# b
ARG GO="\$5b\\"

FROM reg.io:5000/a/b@sha256:00 AS app
ENV *aapp_name="77\$"
USER 74:50

FROM app
