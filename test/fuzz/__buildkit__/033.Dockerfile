FROM busybox
RUN <<-"EOT" sh
	echo a
	EOT
