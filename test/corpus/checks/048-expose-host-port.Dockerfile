# expect: DSL3009
# buildkit: accepts
FROM nginx:1.27
EXPOSE 8080:80
USER nginx
