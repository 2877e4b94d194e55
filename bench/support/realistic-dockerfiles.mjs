// Generates Dockerfiles shaped like the ones teams keep in real repositories: a header comment,
// version ARGs, OCI labels, long `apt-get`/`apk` chains continued over many lines, users and
// groups, dependency caching, a build stage and a slim runtime stage, healthchecks and exec-form
// entrypoints — in the mix of languages and habits (good and bad) seen in the wild. Written
// here from those patterns, not copied; a seeded generator, so every run checks the same files.

/**
 * `count` Dockerfiles, the same for the same `seed`.
 *
 * @example
 * const files = realisticDockerfiles(300); // [{ file: '000-node-api.Dockerfile', text: '# syntax=…' }, …]
 */
export function realisticDockerfiles(count, seed = 20261123) {
  const random = mulberry32(seed);
  const files = [];
  for (let i = 0; i < count; i++) {
    const stack = stacks[i % stacks.length];
    const r = chooser(random);
    const name = `${r.pick(serviceNames)}-${r.pick(serviceKinds)}`;
    files.push({ file: `${String(i).padStart(3, '0')}-${stack.name}-${name}.Dockerfile`, text: stack.write(r, name, i) });
  }
  return files;
}

/**
 * Seeded choices over `random` (a function returning [0, 1)): one element, a coin with
 * probability `p`, a whole number in [lo, hi], and lo…hi distinct elements of a list.
 *
 * @example
 * const r = chooser(mulberry32(7));
 * r.pick(['a', 'b']); r.chance(0.3); r.int(1, 6); r.some(['x', 'y', 'z'], 1, 2);
 */
export function chooser(random) {
  return {
    pick: (list) => list[Math.floor(random() * list.length)],
    chance: (p) => random() < p,
    int: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)),
    some: (list, lo, hi) => shuffle(list, random).slice(0, lo + Math.floor(random() * (hi - lo + 1))),
  };
}

/**
 * A small seeded pseudo-random generator: the same `seed` gives the same numbers in [0, 1).
 *
 * @example
 * const random = mulberry32(20261123); random(); // 0.…
 */
export function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(list, random) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const serviceNames = ['billing', 'catalog', 'checkout', 'search', 'auth', 'notify', 'reports', 'gateway', 'inventory', 'ledger', 'media', 'profile'];
const serviceKinds = ['api', 'worker', 'web', 'cron', 'service', 'consumer'];
const debianTools = ['ca-certificates', 'curl', 'git', 'gnupg', 'tzdata', 'unzip', 'wget', 'jq', 'procps', 'netcat-openbsd', 'openssl', 'locales', 'less', 'vim-tiny', 'dumb-init', 'tini'];
const buildTools = ['build-essential', 'pkg-config', 'libssl-dev', 'libpq-dev', 'libffi-dev', 'zlib1g-dev', 'libxml2-dev', 'libyaml-dev', 'cmake', 'autoconf', 'automake', 'libtool'];
const alpineTools = ['ca-certificates', 'curl', 'bash', 'git', 'tzdata', 'openssl', 'jq', 'su-exec', 'tini', 'busybox-extras'];

function header(r, name, lang) {
  const lines = [];
  if (r.chance(0.35)) lines.push('# syntax=docker/dockerfile:1');
  lines.push(`# ${name}: ${lang} service image`, `# Maintained by the ${name.split('-')[0]} team. Build with: docker build -t ${name} .`, '');
  return lines;
}

function labels(r, name, version) {
  const pairs = [
    `org.opencontainers.image.title="${name}"`,
    `org.opencontainers.image.version="${version}"`,
    `org.opencontainers.image.vendor="Example Corp"`,
    `org.opencontainers.image.source="https://git.example.com/platform/${name}"`,
    `org.opencontainers.image.description="The ${name} component of the platform"`,
  ];
  if (r.chance(0.3)) return pairs.map((p) => `LABEL ${p}`);
  return [`LABEL ${pairs.slice(0, r.int(3, pairs.length)).join(' \\\n      ')}`];
}

function aptInstall(r, packages, { cache = r.chance(0.25), pin = r.chance(0.3) } = {}) {
  const list = packages.map((p) => (pin && r.chance(0.5) ? `${p}=${r.int(1, 9)}.${r.int(0, 30)}*` : p));
  const mount = cache ? '--mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked ' : '';
  const lines = [`RUN ${mount}set -eux; \\`, '    apt-get update; \\', '    apt-get install -y --no-install-recommends \\'];
  list.forEach((p, i) => lines.push(`        ${p}${i === list.length - 1 ? '; \\' : ' \\'}`));
  if (!cache) lines.push('    rm -rf /var/lib/apt/lists/*');
  else lines.push('    apt-get clean');
  return lines;
}

function healthcheck(r, port) {
  if (r.chance(0.2)) return [];
  const test = r.pick([`["CMD", "curl", "-fsS", "http://localhost:${port}/healthz"]`, `CMD wget -qO- http://127.0.0.1:${port}/health || exit 1`, `["CMD-SHELL", "curl -f http://localhost:${port}/ready || exit 1"]`]);
  const timing = `--interval=${r.pick(['10s', '30s', '1m'])} --timeout=${r.pick(['3s', '5s'])} --start-period=${r.pick(['5s', '20s'])} --retries=${r.int(2, 5)}`;
  return [`HEALTHCHECK ${timing} ${test.startsWith('[') ? `CMD ${test}` : test}`];
}

function user(r, name) {
  const id = r.pick([1000, 1001, 10001, 65532]);
  return [
    `RUN groupadd --system --gid ${id} ${name.split('-')[0]} \\`,
    ` && useradd --system --uid ${id} --gid ${id} --home-dir /home/app --create-home --shell /usr/sbin/nologin ${name.split('-')[0]}`,
  ];
}

const stacks = [
  {
    name: 'node',
    write(r, name, i) {
      const node = r.pick(['18', '20', '22']);
      const port = r.pick([3000, 8080, 4000]);
      const pm = r.pick(['npm', 'npm', 'yarn', 'pnpm']);
      const install = { npm: 'npm ci --omit=dev', yarn: 'yarn install --frozen-lockfile --production', pnpm: 'corepack enable && pnpm install --frozen-lockfile --prod' }[pm];
      const lock = { npm: 'package-lock.json', yarn: 'yarn.lock', pnpm: 'pnpm-lock.yaml' }[pm];
      return [
        ...header(r, name, 'Node.js'),
        `ARG NODE_VERSION=${node}`,
        `FROM node:\${NODE_VERSION}-bookworm-slim AS deps`,
        'WORKDIR /app',
        ...aptInstall(r, r.some(['python3', 'make', 'g++', 'git', 'ca-certificates'], 2, 4)),
        `COPY package.json ${lock} ./`,
        r.chance(0.4) ? `RUN --mount=type=cache,target=/root/.npm ${install}` : `RUN ${install}`,
        '',
        `FROM node:\${NODE_VERSION}-bookworm-slim AS build`,
        'WORKDIR /app',
        'COPY --from=deps /app/node_modules ./node_modules',
        'COPY . .',
        `RUN ${pm === 'npm' ? 'npm run build' : `${pm} run build`} \\`,
        ` && ${pm === 'npm' ? 'npm prune --omit=dev' : 'rm -rf src test'}`,
        '',
        `FROM node:\${NODE_VERSION}-bookworm-slim AS runtime`,
        ...labels(r, name, `1.${i}.0`),
        'ENV NODE_ENV=production \\',
        `    PORT=${port} \\`,
        `    NPM_CONFIG_LOGLEVEL=warn`,
        'WORKDIR /app',
        ...(r.chance(0.5) ? aptInstall(r, r.some(debianTools, 2, 5)) : []),
        'COPY --from=build --chown=node:node /app/dist ./dist',
        'COPY --from=build --chown=node:node /app/node_modules ./node_modules',
        'COPY --chown=node:node package.json ./',
        `EXPOSE ${port}`,
        ...healthcheck(r, port),
        r.chance(0.85) ? 'USER node' : '',
        r.chance(0.7) ? 'ENTRYPOINT ["node"]' : '',
        r.chance(0.7) ? 'CMD ["dist/server.js"]' : 'CMD node dist/server.js',
        '',
      ].join('\n');
    },
  },
  {
    name: 'python',
    write(r, name, i) {
      const py = r.pick(['3.10', '3.11', '3.12']);
      const port = r.pick([8000, 5000, 8080]);
      const app = r.pick(['gunicorn', 'uvicorn', 'celery']);
      return [
        ...header(r, name, 'Python'),
        `FROM python:${py}-slim-bookworm AS builder`,
        'ENV PIP_NO_CACHE_DIR=1 \\',
        '    PIP_DISABLE_PIP_VERSION_CHECK=1 \\',
        '    PYTHONDONTWRITEBYTECODE=1',
        ...aptInstall(r, r.some(buildTools, 3, 7)),
        'RUN python -m venv /opt/venv',
        'ENV PATH="/opt/venv/bin:$PATH"',
        'WORKDIR /build',
        'COPY requirements.txt requirements-prod.txt ./',
        r.chance(0.5) ? 'RUN pip install --upgrade pip setuptools wheel && pip install -r requirements.txt -r requirements-prod.txt' : 'RUN pip install -r requirements.txt',
        'COPY . .',
        r.chance(0.5) ? 'RUN pip install --no-deps . && python -m compileall -q /opt/venv' : 'RUN pip install .',
        '',
        `FROM python:${py}-slim-bookworm`,
        ...labels(r, name, `2.${i}.1`),
        'ENV PYTHONUNBUFFERED=1 \\',
        '    PYTHONDONTWRITEBYTECODE=1 \\',
        '    PATH="/opt/venv/bin:$PATH" \\',
        `    APP_PORT=${port}`,
        ...aptInstall(r, r.some(['libpq5', 'libxml2', 'libyaml-0-2', 'ca-certificates', 'curl', 'tzdata'], 2, 4)),
        ...user(r, name),
        'WORKDIR /srv/app',
        'COPY --from=builder /opt/venv /opt/venv',
        'COPY --chown=1000:1000 . .',
        r.chance(0.3) ? 'RUN cd /srv/app && python manage.py collectstatic --noinput' : 'RUN python -m compileall -q .',
        `EXPOSE ${port}`,
        ...healthcheck(r, port),
        `USER ${name.split('-')[0]}`,
        app === 'gunicorn' ? `CMD ["gunicorn", "--bind", "0.0.0.0:${port}", "--workers", "${r.int(2, 8)}", "app.wsgi:application"]` : app === 'uvicorn' ? `CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "${port}"]` : 'CMD ["celery", "-A", "app", "worker", "--loglevel=info"]',
        '',
      ].join('\n');
    },
  },
  {
    name: 'go',
    write(r, name, i) {
      const go = r.pick(['1.21', '1.22', '1.23']);
      const port = r.pick([8080, 9090, 8443]);
      const final = r.pick(['scratch', 'distroless/static-debian12:nonroot', 'alpine:3.20']);
      return [
        ...header(r, name, 'Go'),
        `ARG GO_VERSION=${go}`,
        'ARG TARGETOS=linux',
        'ARG TARGETARCH=amd64',
        `FROM golang:\${GO_VERSION}-bookworm AS build`,
        'ARG TARGETOS',
        'ARG TARGETARCH',
        'ARG VERSION=dev',
        'WORKDIR /src',
        ...(r.chance(0.4) ? aptInstall(r, r.some(['git', 'ca-certificates', 'make', 'upx-ucl'], 1, 3)) : []),
        'COPY go.mod go.sum ./',
        'RUN --mount=type=cache,target=/go/pkg/mod go mod download && go mod verify',
        'COPY . .',
        'RUN --mount=type=cache,target=/go/pkg/mod \\',
        '    --mount=type=cache,target=/root/.cache/go-build \\',
        '    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \\',
        `    go build -trimpath -ldflags="-s -w -X main.version=\${VERSION}" -o /out/${name} ./cmd/${name}`,
        r.chance(0.5) ? 'RUN go vet ./... && go test -short ./...' : '',
        '',
        `FROM ${final}`,
        ...labels(r, name, `0.${i}.0`),
        ...(final.startsWith('alpine') ? [`RUN apk add --no-cache ${r.some(alpineTools, 2, 5).join(' ')} && addgroup -S app && adduser -S -G app app`] : []),
        'COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/',
        `COPY --from=build /out/${name} /usr/local/bin/${name}`,
        `EXPOSE ${port}`,
        final === 'alpine:3.20' ? 'USER app' : 'USER 65532:65532',
        `ENTRYPOINT ["/usr/local/bin/${name}"]`,
        `CMD ["serve", "--listen", ":${port}"]`,
        '',
      ].join('\n');
    },
  },
  {
    name: 'java',
    write(r, name, i) {
      const jdk = r.pick(['17', '21']);
      const tool = r.pick(['maven', 'gradle']);
      const port = r.pick([8080, 8081]);
      return [
        ...header(r, name, 'Java'),
        tool === 'maven' ? `FROM maven:3.9-eclipse-temurin-${jdk} AS build` : `FROM gradle:8.7-jdk${jdk} AS build`,
        'WORKDIR /workspace',
        ...(tool === 'maven'
          ? ['COPY pom.xml .', 'RUN --mount=type=cache,target=/root/.m2 mvn -B -q dependency:go-offline', 'COPY src ./src', 'RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -DskipTests \\', ' && mkdir -p target/extracted \\', ' && java -Djarmode=layertools -jar target/*.jar extract --destination target/extracted']
          : ['COPY build.gradle settings.gradle gradle.properties ./', 'COPY gradle ./gradle', 'RUN gradle --no-daemon dependencies > /dev/null', 'COPY src ./src', 'RUN gradle --no-daemon bootJar -x test \\', ' && mkdir -p build/extracted \\', ' && java -Djarmode=layertools -jar build/libs/*.jar extract --destination build/extracted']),
        '',
        `FROM eclipse-temurin:${jdk}-jre-jammy`,
        ...labels(r, name, `3.${i}.2`),
        ...aptInstall(r, r.some(debianTools, 2, 4)),
        ...user(r, name),
        'WORKDIR /opt/app',
        ...['dependencies', 'spring-boot-loader', 'snapshot-dependencies', 'application'].map((layer) => `COPY --from=build /workspace/${tool === 'maven' ? 'target' : 'build'}/extracted/${layer}/ ./`),
        `ENV JAVA_OPTS="-XX:MaxRAMPercentage=${r.pick([60, 75, 80])} -XX:+UseG1GC" \\`,
        `    SERVER_PORT=${port}`,
        `EXPOSE ${port}`,
        ...healthcheck(r, port),
        `USER ${name.split('-')[0]}`,
        r.chance(0.6) ? 'ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS org.springframework.boot.loader.launch.JarLauncher"]' : 'ENTRYPOINT java $JAVA_OPTS org.springframework.boot.loader.launch.JarLauncher',
        '',
      ].join('\n');
    },
  },
  {
    name: 'php',
    write(r, name, i) {
      const php = r.pick(['8.2', '8.3']);
      return [
        ...header(r, name, 'PHP'),
        'FROM composer:2 AS vendor',
        'WORKDIR /app',
        'COPY composer.json composer.lock ./',
        'RUN composer install --no-dev --no-scripts --no-autoloader --prefer-dist --no-interaction',
        'COPY . .',
        'RUN composer dump-autoload --optimize --classmap-authoritative',
        '',
        `FROM php:${php}-apache-bookworm`,
        ...labels(r, name, `4.${i}.0`),
        ...aptInstall(r, r.some(['libzip-dev', 'libpng-dev', 'libjpeg62-turbo-dev', 'libfreetype6-dev', 'libicu-dev', 'libpq-dev', 'unzip'], 3, 6)),
        'RUN docker-php-ext-configure gd --with-freetype --with-jpeg \\',
        ` && docker-php-ext-install -j"$(nproc)" ${r.some(['gd', 'intl', 'zip', 'pdo_mysql', 'pdo_pgsql', 'opcache', 'bcmath'], 3, 6).join(' ')} \\`,
        ' && a2enmod rewrite headers',
        'ENV APACHE_DOCUMENT_ROOT=/var/www/html/public',
        "RUN sed -ri -e 's!/var/www/html!${APACHE_DOCUMENT_ROOT}!g' /etc/apache2/sites-available/*.conf",
        'COPY --from=vendor --chown=www-data:www-data /app /var/www/html',
        r.chance(0.5) ? 'COPY docker/php.ini /usr/local/etc/php/conf.d/app.ini' : 'ADD docker/php.ini /usr/local/etc/php/conf.d/app.ini',
        'EXPOSE 80',
        ...healthcheck(r, 80),
        r.chance(0.6) ? 'USER www-data' : '',
        'CMD ["apache2-foreground"]',
        '',
      ].join('\n');
    },
  },
  {
    name: 'ruby',
    write(r, name, i) {
      const ruby = r.pick(['3.2', '3.3']);
      const port = 3000;
      return [
        ...header(r, name, 'Ruby'),
        `ARG RUBY_VERSION=${ruby}`,
        `FROM ruby:\${RUBY_VERSION}-slim-bookworm AS base`,
        'WORKDIR /rails',
        'ENV RAILS_ENV=production \\',
        '    BUNDLE_DEPLOYMENT=1 \\',
        '    BUNDLE_PATH=/usr/local/bundle \\',
        '    BUNDLE_WITHOUT=development:test',
        '',
        'FROM base AS build',
        ...aptInstall(r, r.some(['build-essential', 'git', 'libpq-dev', 'libvips', 'pkg-config', 'libyaml-dev'], 3, 5)),
        'COPY Gemfile Gemfile.lock ./',
        'RUN bundle install && \\',
        '    rm -rf ~/.bundle/ "${BUNDLE_PATH}"/ruby/*/cache "${BUNDLE_PATH}"/ruby/*/bundler/gems/*/.git',
        'COPY . .',
        'RUN bundle exec bootsnap precompile app/ lib/ && \\',
        '    SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile',
        '',
        'FROM base',
        ...labels(r, name, `5.${i}.0`),
        ...aptInstall(r, r.some(['curl', 'libvips', 'postgresql-client', 'libjemalloc2'], 2, 4)),
        'COPY --from=build "${BUNDLE_PATH}" "${BUNDLE_PATH}"',
        'COPY --from=build /rails /rails',
        'RUN groupadd --system --gid 1000 rails && \\',
        '    useradd rails --uid 1000 --gid 1000 --create-home --shell /bin/bash && \\',
        '    chown -R rails:rails db log storage tmp',
        'USER 1000:1000',
        'ENTRYPOINT ["/rails/bin/docker-entrypoint"]',
        `EXPOSE ${port}`,
        ...healthcheck(r, port),
        'CMD ["./bin/rails", "server"]',
        '',
      ].join('\n');
    },
  },
  {
    name: 'nginx',
    write(r, name, i) {
      return [
        ...header(r, name, 'static web'),
        `FROM node:${r.pick(['20', '22'])}-alpine AS build`,
        'WORKDIR /app',
        'COPY package.json package-lock.json ./',
        'RUN npm ci',
        'COPY . .',
        `RUN npm run build -- --mode ${r.pick(['production', 'staging'])}`,
        '',
        `FROM nginx:${r.pick(['1.25-alpine', '1.27-alpine', 'stable-alpine', 'latest'])}`,
        ...labels(r, name, `6.${i}.0`),
        `RUN apk add --no-cache ${r.some(alpineTools, 1, 3).join(' ')}`,
        'COPY nginx/default.conf /etc/nginx/conf.d/default.conf',
        'COPY --from=build /app/dist /usr/share/nginx/html',
        'RUN chown -R nginx:nginx /usr/share/nginx/html /var/cache/nginx \\',
        ' && touch /var/run/nginx.pid && chown nginx:nginx /var/run/nginx.pid',
        'EXPOSE 8080',
        ...healthcheck(r, 8080),
        'USER nginx',
        'CMD ["nginx", "-g", "daemon off;"]',
        '',
      ].join('\n');
    },
  },
  {
    name: 'tools',
    write(r, name, i) {
      const base = r.pick(['ubuntu:22.04', 'ubuntu:24.04', 'debian:bookworm', 'debian:bookworm-slim']);
      return [
        ...header(r, name, 'operations tooling'),
        `FROM ${base}`,
        ...labels(r, name, `7.${i}.0`),
        'ARG DEBIAN_FRONTEND=noninteractive',
        `ARG KUBECTL_VERSION=v1.${r.int(26, 30)}.${r.int(0, 9)}`,
        `ARG HELM_VERSION=v3.${r.int(12, 15)}.${r.int(0, 4)}`,
        ...aptInstall(r, r.some([...debianTools, 'python3', 'python3-pip', 'openssh-client', 'rsync', 'postgresql-client', 'mariadb-client'], 6, 12)),
        'RUN curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl" \\',
        ' && chmod +x /usr/local/bin/kubectl',
        r.chance(0.5) ? 'RUN curl -fsSL https://get.helm.sh/helm-${HELM_VERSION}-linux-amd64.tar.gz | tar -xz -C /tmp && mv /tmp/linux-amd64/helm /usr/local/bin/helm && rm -rf /tmp/linux-amd64' : 'ADD https://get.helm.sh/helm-${HELM_VERSION}-linux-amd64.tar.gz /tmp/helm.tgz',
        r.chance(0.4) ? 'RUN pip3 install --no-cache-dir awscli==1.32.0 yq' : 'RUN pip3 install awscli yq',
        'COPY scripts/ /usr/local/bin/',
        'RUN chmod +x /usr/local/bin/*.sh',
        ...user(r, name),
        'WORKDIR /home/app',
        `USER ${name.split('-')[0]}`,
        r.chance(0.5) ? 'ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]' : 'ENTRYPOINT ["bash", "-lc"]',
        'CMD ["--help"]',
        '',
      ].join('\n');
    },
  },
];
