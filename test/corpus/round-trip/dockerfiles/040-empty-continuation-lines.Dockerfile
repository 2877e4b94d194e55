FROM alpine:3.20
RUN apk add --no-cache \
    curl \
    jq
RUN echo a \
        && echo b
CMD ["sh"]
