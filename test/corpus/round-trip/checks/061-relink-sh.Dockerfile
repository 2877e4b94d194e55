FROM debian:12-slim
RUN ln -sf /bin/bash /bin/sh
USER nobody
