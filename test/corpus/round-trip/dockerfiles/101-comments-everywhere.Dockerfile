FROM python:3.12-slim AS base
ENV PYTHONUNBUFFERED=1

FROM base AS deps
RUN pip install --no-cache-dir pip-tools

FROM base
COPY --from=deps /usr/local /usr/local
CMD ["python", "-m", "billing"]
# trailing notes
# end of file
