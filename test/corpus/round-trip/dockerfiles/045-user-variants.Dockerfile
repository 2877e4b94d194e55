FROM debian:bookworm-slim
ARG UID=10001
ARG GID=10001
RUN groupadd --gid "${GID}" app\
 && useradd --uid "${UID}" --gid app --no-create-home app
USER ${UID}:${GID}
RUN id
USER root
RUN apt-get update\
 && apt-get install -y --no-install-recommends procps\
 && rm -rf /var/lib/apt/lists/*
USER app:app
USER 1000
USER nobody:nogroup
CMD ["ps", "aux"]
