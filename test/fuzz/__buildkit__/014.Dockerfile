FROM busybox AS b
COPY --from=b
RUN id /a /b
