FROM alpine:3.20
RUN apk --no-cache --no-progress upgrade && \
    apk --no-cache --no-progress add bash samba shadow tini tzdata && \
    addgroup -S smb && \
    adduser -S -D -H -h /tmp -s /sbin/nologin -G smb -g 'Samba User' smbuser && \
    file="/etc/samba/smb.conf" && \
    sed -i 's|^;* *\(log file = \).*| \
  \1/dev/stdout|' $file && \
    sed -i 's|^;* *\(load printers = \).*| \
  \1no|' $file && \
    sed -i 's|^;* *\(printcap name = \).*| \
  \1/dev/null|' $file && \
    echo ' \
  disable spoolss = yes' >>$file && \
    rm -rf /tmp/*
COPY samba.sh /usr/bin/
EXPOSE 137/udp 138/udp 139 445
HEALTHCHECK --interval=60s --timeout=15s CMD smbclient -L \\localhost -U % -m SMB3
VOLUME ["/etc", "/var/cache/samba", "/var/lib/samba", "/var/log/samba", "/run/samba"]
ENTRYPOINT ["/sbin/tini", "--", "/usr/bin/samba.sh"]
