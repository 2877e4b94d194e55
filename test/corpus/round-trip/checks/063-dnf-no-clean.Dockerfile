FROM fedora:40
RUN dnf install -y httpd
USER apache
