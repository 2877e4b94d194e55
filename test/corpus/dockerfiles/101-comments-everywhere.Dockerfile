# Service image for the billing worker.
# Owned by the payments team.

# ---- base ----
FROM python:3.12-slim AS base   
# keep python output unbuffered
ENV PYTHONUNBUFFERED=1

# ---- deps ----
FROM base AS deps
# install build deps
RUN pip install --no-cache-dir pip-tools

# ---- final ----
FROM base
COPY --from=deps /usr/local /usr/local
# dsl ignore=DSL3010 runs as root on purpose: binds port 80
CMD ["python", "-m", "billing"]
# trailing notes
# end of file
