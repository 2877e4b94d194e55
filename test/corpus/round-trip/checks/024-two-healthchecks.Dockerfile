FROM nginx:1.27
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
HEALTHCHECK --interval=10s CMD ["curl", "-f", "http://localhost/health"]
USER nginx
