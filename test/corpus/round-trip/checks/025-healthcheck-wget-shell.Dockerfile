FROM nginx:1.27-alpine
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost/ || exit 1
USER nginx
CMD ["nginx", "-g", "daemon off;"]
