FROM scratch
ADD rootfs.tar.xz /
CMD ["/bin/sh"]
