# check=skip=JSONArgsRecommended

FROM alpine:3.20
USER nobody
CMD serve --port 8080
