ARG VARIANT=bookworm
ARG PYTHON=3.12
ARG WHEELHOUSE=/wheels

FROM python:${PYTHON}-${VARIANT} AS wheels
ARG WHEELHOUSE
COPY requirements.txt .
RUN pip wheel --wheel-dir=${WHEELHOUSE} -r requirements.txt

FROM python:${PYTHON}-slim-${VARIANT}
ARG WHEELHOUSE
COPY --from=wheels ${WHEELHOUSE} ${WHEELHOUSE}
RUN pip install --no-index --find-links=${WHEELHOUSE} ${WHEELHOUSE}/*.whl\
 && rm -rf ${WHEELHOUSE}
CMD ["python"]
