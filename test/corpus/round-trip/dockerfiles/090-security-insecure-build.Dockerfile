FROM debian:bookworm
RUN --security=insecure mount -t tmpfs none /mnt && echo "privileged step ran"
RUN --security=sandbox echo "back in the sandbox"
