ARG BASE_IMAGE=alpine
ARG BASE_TAG=3.20
ARG APP_VERSION

FROM ${BASE_IMAGE}:${BASE_TAG} AS one
ARG APP_VERSION
RUN echo "one: ${APP_VERSION:-unset}"

FROM ${BASE_IMAGE}:${BASE_TAG} AS two
ARG APP_VERSION=fallback
ARG EXTRA="with spaces"
RUN echo "two: $APP_VERSION $EXTRA"

FROM one
COPY --from=two /etc/os-release /tmp/two-os-release
