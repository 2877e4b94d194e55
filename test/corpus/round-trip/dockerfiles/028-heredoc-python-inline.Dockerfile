FROM python:3.11-alpine
WORKDIR /srv
RUN <<EOF python3
import json, pathlib
cfg = {"workers": 2, "port": 8000}
pathlib.Path("/srv/config.json").write_text(json.dumps(cfg))
print("wrote config")
EOF
COPY <<"PYEOF" /srv/app.py
import http.server, socketserver
PORT = 8000
with socketserver.TCPServer(("", PORT), http.server.SimpleHTTPRequestHandler) as httpd:
    httpd.serve_forever()
PYEOF
EXPOSE 8000
CMD ["python3", "/srv/app.py"]
