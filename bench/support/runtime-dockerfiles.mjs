// Long Dockerfiles in the style of the official runtime and server images that real
// repositories build on and vendor: version ENVs and signing keys, one `set -eux` RUN script of
// 50–120 lines (apt-mark bookkeeping, build dependencies, a `case "$dpkgArch"` table, download,
// checksum and signature checks, configure/make, runtime-library discovery, purge), helper
// binaries, an entrypoint script COPY, VOLUME, STOPSIGNAL. Written here from those patterns for
// invented products under example domains, not copied from any image. Used by real-world-mix.mjs.
import { aptMarkLibraries, archTable, configureMake, download, helperBinary, hex, keepLinkedLibraries, list, packageTool, scaled } from './runtime-blocks.mjs';
import { extras } from './runtime-extras.mjs';
import { toolbox } from './toolbox-dockerfile.mjs';

/**
 * One long runtime-style Dockerfile drawn with the seeded chooser `r` (see `chooser` in
 * realistic-dockerfiles.mjs); `size` (0 up, about 1 for a typical official image, 2–3 for the
 * longest) scales the long parts: build dependencies, configure flags, architectures, extra
 * RUN blocks, toolbox tools.
 *
 * @example
 * const { kind, text } = runtimeDockerfile(chooser(mulberry32(1)), 0.5);
 */
export function runtimeDockerfile(r, size) {
  const product = r.pick(products);
  const kind = r.pick(['source', 'source', 'binary', 'server', 'alpine', 'toolbox']);
  const p = { name: product, upper: product.toUpperCase(), version: `${r.int(1, 19)}.${r.int(0, 12)}.${r.int(0, 30)}`, size };
  return { kind: `${kind}-${product}`, text: layouts[kind](r, p).join('\n') };
}

const products = ['lumen', 'corvid', 'tessel', 'quill', 'marlin', 'brine', 'kestrel', 'ossia', 'velum', 'pyrite'];

const buildDeps = ['dpkg-dev', 'gcc', 'g++', 'make', 'autoconf', 'bison', 'libbz2-dev', 'libc6-dev', 'libffi-dev', 'libgdbm-dev', 'liblzma-dev', 'libncursesw5-dev', 'libreadline-dev', 'libsqlite3-dev', 'libssl-dev', 'libxml2-dev', 'libyaml-dev', 'libzstd-dev', 'tk-dev', 'uuid-dev', 'xz-utils', 'zlib1g-dev', 'libedit-dev', 'libicu-dev', 'libkrb5-dev', 'libldap2-dev', 'libpam0g-dev', 'libselinux1-dev', 'libsystemd-dev', 'pkg-config', 'wget', 'gnupg', 'dirmngr'];

const apkDeps = ['autoconf', 'bison', 'bzip2-dev', 'coreutils', 'dpkg-dev', 'dpkg', 'expat-dev', 'findutils', 'gcc', 'gdbm-dev', 'libc-dev', 'libffi-dev', 'libnsl-dev', 'libtirpc-dev', 'linux-headers', 'make', 'ncurses-dev', 'openssl-dev', 'pax-utils', 'readline-dev', 'sqlite-dev', 'tcl-dev', 'tk', 'tk-dev', 'util-linux-dev', 'xz-dev', 'zlib-dev', 'gnupg', 'tar', 'xz'];

function versionEnv(r, p, lang = true) {
  const legacy = r.chance(0.5); // ENV KEY value: still common in long-lived images
  const env = (k, v) => (legacy ? `ENV ${k} ${v}` : `ENV ${k}=${v}`);
  const keys = Array.from({ length: r.int(1, 4) }, () => hex(r, 40).toUpperCase());
  return [
    ...(lang ? [env('LANG', 'C.UTF-8')] : []),
    env(`${p.upper}_MAJOR`, p.version.split('.')[0]),
    env(`${p.upper}_VERSION`, p.version),
    env(`${p.upper}_SHA256`, hex(r, 64)),
    keys.length === 1 ? env('GPG_KEYS', keys[0]) : `ENV GPG_KEYS \\\n${keys.map((k, i) => `# ${r.pick(['Release Manager', 'Security Team', 'Build Signing Key'])} ${i + 1}\n\t${k}${i === keys.length - 1 ? '' : ' \\'}`).join('\n')}`,
    `ENV PATH /usr/local/${p.name}/bin:$PATH`,
    '',
  ];
}

function systemUser(r, p, alpine) {
  const id = r.pick([70, 101, 999]);
  return alpine
    ? [`# explicitly set user/group IDs`, `RUN set -eux; \\`, `\taddgroup -g ${id} -S ${p.name}; \\`, `\tadduser -u ${id} -S -D -G ${p.name} -H -h /var/lib/${p.name} -s /bin/sh ${p.name}; \\`, `\tmkdir -p /var/lib/${p.name}; \\`, `\tchown -R ${p.name}:${p.name} /var/lib/${p.name}`, '']
    : [`# explicitly set user/group IDs`, `RUN set -eux; \\`, `\tgroupadd -r ${p.name} --gid=${id}; \\`, `\tuseradd -r -g ${p.name} --uid=${id} --home-dir=/var/lib/${p.name} --shell=/bin/bash ${p.name}; \\`, `\tmkdir -p /var/lib/${p.name}; \\`, `\tchown -R ${p.name}:${p.name} /var/lib/${p.name}`, ''];
}

function runtimeDeps(r) {
  return ['RUN set -eux; \\', '\tapt-get update; \\', '\tapt-get install -y --no-install-recommends \\', ...list(r.some(['ca-certificates', 'netbase', 'tzdata', 'libssl3', 'libffi8', 'libsqlite3-0', 'libreadline8', 'libyaml-0-2', 'libxml2', 'libicu72', 'libzstd1', 'locales'], 3, 8)), '\trm -rf /var/lib/apt/lists/*', ''];
}

function entrypointTail(r, p, port) {
  return [
    `RUN mkdir -p /var/run/${p.name} && chown -R ${p.name}:${p.name} /var/run/${p.name} && chmod 3777 /var/run/${p.name}`,
    '',
    `ENV ${p.upper}DATA /var/lib/${p.name}/data`,
    `RUN mkdir -p "$${p.upper}DATA" && chown -R ${p.name}:${p.name} "$${p.upper}DATA" && chmod 1777 "$${p.upper}DATA"`,
    `VOLUME /var/lib/${p.name}/data`,
    '',
    'COPY docker-entrypoint.sh docker-healthcheck.sh /usr/local/bin/',
    r.chance(0.5) ? 'RUN ln -s usr/local/bin/docker-entrypoint.sh /entrypoint.sh # backwards compat' : 'RUN chmod +x /usr/local/bin/docker-entrypoint.sh',
    'ENTRYPOINT ["docker-entrypoint.sh"]',
    '',
    '# the server shuts down cleanly on SIGINT ("fast" shutdown) instead of waiting for clients',
    'STOPSIGNAL SIGINT',
    `EXPOSE ${port}`,
    `CMD ["${p.name}-server"]`,
    '',
  ];
}

const layouts = {
  toolbox: (r, p) => toolbox(r, p),
  source: (r, p) => [
    `FROM ${r.pick(['debian:bookworm-slim', 'debian:bullseye-slim', 'ubuntu:jammy'])}`,
    '',
    ...runtimeDeps(r),
    ...versionEnv(r, p),
    'RUN set -eux; \\',
    '\t\\',
    '\tsavedAptMark="$(apt-mark showmanual)"; \\',
    '\tapt-get update; \\',
    '\tapt-get install -y --no-install-recommends \\',
    ...list(r.some(buildDeps, scaled(r, p.size, 8, 22), scaled(r, p.size, 10, 30))),
    '\t\\',
    ...download(r, p, `${p.name}.tar.xz`),
    ...configureMake(r, p, '\tgnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \\'),
    ...aptMarkLibraries(p),
    ...extras(r, p),
    `CMD ["${p.name}"]`,
    '',
  ],
  binary: (r, p) => [
    `FROM ${r.pick(['debian:bookworm-slim', 'buildpack-deps:bookworm-curl'])}`,
    '',
    ...systemUser(r, p, false),
    ...versionEnv(r, p),
    'RUN set -eux; \\',
    '\tsavedAptMark="$(apt-mark showmanual)"; \\',
    '\tapt-get update; \\',
    '\tapt-get install -y --no-install-recommends ca-certificates curl gnupg dirmngr xz-utils; \\',
    '\trm -rf /var/lib/apt/lists/*; \\',
    ...archTable(r, p, false),
    `\tcurl -fsSLO --compressed "https://downloads.example.org/${p.name}/v$${p.upper}_VERSION/${p.name}-v$${p.upper}_VERSION-linux-$ARCH.tar.xz"; \\`,
    `\tcurl -fsSLO --compressed "https://downloads.example.org/${p.name}/v$${p.upper}_VERSION/SHASUMS256.txt.asc"; \\`,
    '\tGNUPGHOME="$(mktemp -d)"; export GNUPGHOME; \\',
    '\tfor key in $GPG_KEYS; do gpg --batch --keyserver hkps://keys.example.net --recv-keys "$key"; done; \\',
    '\tgpg --batch --decrypt --output SHASUMS256.txt SHASUMS256.txt.asc; \\',
    '\tgpgconf --kill all; \\',
    '\trm -rf "$GNUPGHOME"; \\',
    `\tgrep " ${p.name}-v$${p.upper}_VERSION-linux-$ARCH.tar.xz\\$" SHASUMS256.txt | sha256sum -c -; \\`,
    `\ttar -xJf "${p.name}-v$${p.upper}_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner; \\`,
    `\trm "${p.name}-v$${p.upper}_VERSION-linux-$ARCH.tar.xz" SHASUMS256.txt.asc SHASUMS256.txt; \\`,
    '\tapt-mark auto \'.*\' > /dev/null; \\',
    ...keepLinkedLibraries('\tfind /usr/local -type f -executable -exec ldd \'{}\' \';\' \\'),
    `\tln -s /usr/local/bin/${p.name} /usr/local/bin/${p.name}js; \\`,
    `\t${p.name} --version`,
    '',
    ...packageTool(r, p),
    ...extras(r, p, packageTool),
    'COPY docker-entrypoint.sh /usr/local/bin/',
    'ENTRYPOINT ["docker-entrypoint.sh"]',
    `CMD ["${p.name}"]`,
    '',
  ],
  server: (r, p) => [
    `FROM ${r.pick(['debian:bookworm-slim', 'debian:bookworm'])}`,
    '',
    ...systemUser(r, p, false),
    ...helperBinary(r, r.pick(['gosu', 'tini', 'su-exec'])),
    'RUN set -eux; \\',
    '\tif [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then \\',
    '\t\tgrep -q \'/usr/share/locale\' /etc/dpkg/dpkg.cfg.d/docker; \\',
    '\t\tsed -ri \'/\\/usr\\/share\\/locale/d\' /etc/dpkg/dpkg.cfg.d/docker; \\',
    '\t\t! grep -q \'/usr/share/locale\' /etc/dpkg/dpkg.cfg.d/docker; \\',
    '\tfi; \\',
    '\tapt-get update; apt-get install -y --no-install-recommends locales; rm -rf /var/lib/apt/lists/*; \\',
    '\techo \'en_US.UTF-8 UTF-8\' >> /etc/locale.gen; \\',
    '\tlocale-gen; \\',
    '\tlocale -a | grep \'en_US.utf8\'',
    'ENV LANG en_US.utf8',
    '',
    ...versionEnv(r, p, false),
    'RUN set -ex; \\',
    '\texport GNUPGHOME="$(mktemp -d)"; \\',
    '\tmkdir -p /usr/local/share/keyrings/; \\',
    '\tfor key in $GPG_KEYS; do gpg --batch --keyserver hkps://keys.example.net --recv-keys "$key"; done; \\',
    `\tgpg --batch --export --armor $GPG_KEYS > /usr/local/share/keyrings/${p.name}.gpg.asc; \\`,
    '\tgpgconf --kill all; \\',
    '\trm -rf "$GNUPGHOME"; \\',
    '\t\\',
    ...archTable(r, p, true),
    `\techo "deb [ signed-by=/usr/local/share/keyrings/${p.name}.gpg.asc ] https://apt.example.org/${p.name} bookworm-${p.name} main $${p.upper}_MAJOR" > /etc/apt/sources.list.d/${p.name}.list; \\`,
    '\tapt-get update; \\',
    '\tapt-get install -y --no-install-recommends \\',
    ...list([`"${p.name}-$${p.upper}_MAJOR=$${p.upper}_VERSION"`, `"${p.name}-client-$${p.upper}_MAJOR=$${p.upper}_VERSION"`, ...r.some(['libnss-wrapper', 'xz-utils', 'zstd', 'ca-certificates', 'procps'], 1, scaled(r, p.size, 2, 5))]),
    '\trm -rf /var/lib/apt/lists/*; \\',
    '\t\\',
    `\tfind /usr -name '${p.name}.conf.sample' -exec sed -ri "s!^#?(bind_address)\\s*=\\s*\\S+.*!\\1 = '*'!" '{}' +; \\`,
    `\t${p.name} --version`,
    '',
    ...extras(r, p),
    ...entrypointTail(r, p, r.pick([5432, 6379, 9042, 27017])),
  ],
  alpine: (r, p) => [
    `FROM ${r.pick(['alpine:3.19', 'alpine:3.20'])}`,
    '',
    ...systemUser(r, p, true),
    ...versionEnv(r, p),
    'RUN set -eux; \\',
    '\t\\',
    '\tapk add --no-cache --virtual .build-deps \\',
    ...list(r.some(apkDeps, scaled(r, p.size, 8, 20), scaled(r, p.size, 10, 28))),
    '\t\\',
    ...download(r, p, `${p.name}.tar.xz`),
    ...configureMake(r, p, '\tgnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \\'),
    '\trunDeps="$( \\',
    `\t\tscanelf --needed --nobanner --format '%n#p' --recursive /usr/local/${p.name} \\`,
    "\t\t\t| tr ',' '\\n' \\",
    '\t\t\t| sort -u \\',
    '\t\t\t| awk \'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }\' \\',
    '\t)"; \\',
    '\tapk add --no-cache --no-network --virtual .run-deps $runDeps; \\',
    '\tapk del --no-network .build-deps; \\',
    `\t${p.name} --version`,
    '',
    ...extras(r, p),
    ...entrypointTail(r, p, r.pick([8080, 11211, 4369])),
  ],
};
