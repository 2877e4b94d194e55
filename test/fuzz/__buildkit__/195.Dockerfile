# escape=`

# Z0
ARG GO="
	7"

FROM reg.io:5000/a/b@sha256:00 AS 　_
EXPOSE appb0b
HEALTHCHECK --interval=30s --retries=3 CMD ["*à", ""]
COPY --link ["/x0_à7", "😀"]

FROM 　_
RUN --network=none --security=insecure 7EOFZ70
ENTRYPOINT a
