FROM busybox
ENV A="${:x}"
