# expect: DSL3001, DSL3005
# buildkit: accepts
FROM alpine:3.20
ENTRYPOINT ["echo", "Hello,"]
CMD world
USER nobody
