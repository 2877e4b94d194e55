# \
#
ARG GO

FROM local/busybox:latest AS app/xa/x
COPY --chown=$_x --link=false --exclude=x.y*　x.y[ --exclude=7 --parents=false ["name\tb", ";"]
ADD --keep-git-dir ["a", "name\u003c<-\\\"X\\\"", "_`\\$\u003c<\\$\\$"]

FROM app/xa/x
HEALTHCHECK --interval=30s --retries=3 CMD ["b[\"", "aname\n", " 00"]
EXPOSE ${P:-80}
