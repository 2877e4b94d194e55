FROM golang:1.22
RUN go install golang.org/x/vuln/cmd/govulncheck@latest
USER nobody
