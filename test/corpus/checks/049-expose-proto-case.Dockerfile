# expect: DSL3008
# buildkit: accepts
FROM nginx:1.27
EXPOSE 80/TCP 443/Tcp
USER nginx
