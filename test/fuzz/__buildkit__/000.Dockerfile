FROM busybox
COPY --chown="a b" --chmod=7\55 x y
