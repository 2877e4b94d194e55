FROM alpine:3.20
ENV GREETING="Hello, world" FAREWELL="Goodbye, \"friend\"" PATHLIST="/a:/b c"
ENV JSON_CONFIG="{\"debug\": false, \"level\": \"info\"}"
LABEL com.example.vendor="ACME Incorporated" com.example.label-with-value=foo version=1.0 description="This text illustrates that label-values can span multiple lines."
LABEL multi.label1=value1 multi.label2=value2 other=value3
ARG QUOTED_DEFAULT="a b c"
RUN echo "$GREETING"
