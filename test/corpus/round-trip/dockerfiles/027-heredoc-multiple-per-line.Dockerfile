FROM debian:bookworm-slim
RUN <<INSTALL <<CLEAN bash
set -euo pipefail
apt-get update
apt-get install -y --no-install-recommends ca-certificates curl jq
INSTALL
apt-get clean
rm -rf /var/lib/apt/lists/*
CLEAN
RUN <<FILE1 cat > /etc/app/one.conf && <<FILE2 cat > /etc/app/two.conf
mode=primary
FILE1
mode=replica
FILE2
COPY <<A <<B /opt/scripts/
echo first
A
echo second
B
RUN <<-EOT
	echo "tabs are stripped by the shell"
	ls -la /opt/scripts
EOT
CMD ["bash"]
