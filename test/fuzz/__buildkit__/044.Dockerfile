FROM busybox
ADD --checksum=sha256:\"x --keep-git-dir --unpack=false --exclude=*.md a b
