ARG BASE_IMAGE=alpine:3.20
ARG JS_IMAGE=node:20-alpine
ARG GO_IMAGE=golang:1.22-alpine

FROM --platform=${BUILDPLATFORM} ${JS_IMAGE} AS js-builder
ENV NODE_OPTIONS="--max_old_space_size=8000"
WORKDIR /tmp/dash
COPY package.json yarn.lock .yarnrc.yml ./
COPY .yarn .yarn
RUN apk add --no-cache make build-base python3
RUN yarn install --immutable
COPY tsconfig.json .eslintrc .editorconfig .browserslistrc .prettierrc.js ./
COPY public public
COPY scripts scripts
RUN yarn build

FROM ${GO_IMAGE} AS go-builder
ARG GO_BUILD_TAGS=oss
ARG WIRE_TAGS=oss
ARG BINGO=true
RUN if grep -i -q alpine /etc/issue; then \
      apk add --no-cache gcc g++ make git binutils-gold; \
    fi
WORKDIR /tmp/dash
COPY go.* ./
RUN go mod download
COPY pkg pkg
COPY Makefile build.go ./
RUN make build-go GO_BUILD_TAGS=${GO_BUILD_TAGS} WIRE_TAGS=${WIRE_TAGS}

FROM ${BASE_IMAGE}
LABEL maintainer="Dash Labs <hello@example.com>"
ARG DASH_UID=472
ARG DASH_GID=0
ENV PATH=/usr/share/dash/bin:$PATH DASH_PATHS_DATA=/var/lib/dash
WORKDIR /usr/share/dash
RUN if grep -i -q alpine /etc/issue; then \
      apk add --no-cache ca-certificates bash curl tzdata musl-utils && \
      apk info -vv | sort; \
    else \
      echo 'ERROR: Unsupported base image' && /bin/false; \
    fi
COPY --from=go-builder /tmp/dash/bin/dash* ./bin/
COPY --from=js-builder /tmp/dash/public ./public
EXPOSE 3000
USER $DASH_UID
ENTRYPOINT ["/run.sh"]
