FROM alpine:3.20
COPY ["My Documents/report final.txt", "/data/reports/"]
COPY ["config.json", "settings file.ini", "/etc/app/"]
ADD https://example.com/files/archive.tar.gz /opt/archive.tar.gz
COPY --chown=1000:1000 ["src dir/", "/app/src/"]
WORKDIR /data
