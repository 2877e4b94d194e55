# ']ba7
ARG GO

FROM 0a AS appapp😀
WORKDIR Zba
ADD --chmod=0755 --link=false --exclude=Z --exclude=appname_Z --checksum=/x --keep-git-dir=false ["7", "app", "||"]
ENTRYPOINT <<EOFapp

FROM appapp😀
USER "nameappnameb\$!:71"
USER name0,
