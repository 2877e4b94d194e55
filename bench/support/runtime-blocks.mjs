// The RUN blocks long official-style images are made of — signed downloads, configure/make
// builds, apt-mark bookkeeping, architecture tables, helper binaries, a package tool — each a
// function of the seeded chooser `r` and the product `p` ({ name, upper, version, size }).
// Written here from those patterns, not copied. Used by runtime-dockerfiles.mjs,
// runtime-extras.mjs and toolbox-dockerfile.mjs.

// Debian architecture, the name downloads use, the GNU name.
const archs = [['amd64', 'x64', 'x86_64'], ['arm64', 'arm64', 'aarch64'], ['armhf', 'armv7l', 'armv7'], ['ppc64el', 'ppc64le', 'ppc64le'], ['s390x', 's390x', 's390x'], ['i386', 'x86', 'i686']];

// ./configure flags of the kind runtime builds pass.
const configureFlags = ['--enable-shared', '--enable-optimizations', '--enable-loadable-sqlite-extensions', '--enable-option-checking=fatal', '--with-lto', '--with-system-expat', '--with-ensurepip', '--without-ensurepip', '--disable-install-doc', '--enable-ipv6', '--with-openssl=/usr', '--with-icu', '--with-ldap', '--with-pam', '--with-systemd', '--with-uuid=e2fs', '--with-libxml', '--with-gssapi', '--enable-thread-safety', '--with-readline', '--enable-debug-symbols=no', '--with-zstd'];

/**
 * `n` seeded hex digits, for checksums and key fingerprints.
 *
 * @example
 * hex(r, 64);
 */
export const hex = (r, n) => Array.from({ length: n }, () => '0123456789abcdef'[r.int(0, 15)]).join('');

/**
 * A count between `lo` and about `hi` that grows with `size` (and beyond `hi` for `size` > 1),
 * jittered by ±25 %.
 *
 * @example
 * scaled(r, 0.5, 3, 12); // ≈ 7
 */
export const scaled = (r, size, lo, hi) => Math.max(lo, Math.round(lo + (hi - lo) * size * (0.75 + r.int(0, 50) / 100)));

/**
 * Items one a line, continued, closed by the `\t; \\` line that official images end lists with.
 *
 * @example
 * list(['gcc', 'make']); // ['\t\tgcc \\', '\t\tmake \\', '\t; \\']
 */
export const list = (items, indent = '\t\t') => [...items.map((i) => `${indent}${i} \\`), '\t; \\'];

/**
 * Script lines: a `case` over the Debian architecture choosing the download's name (and checksum).
 *
 * @example
 * archTable(r, p, true);
 */
export function archTable(r, p, withSha) {
  const chosen = archs.slice(0, scaled(r, p.size, 2, 6));
  return [
    '\tdpkgArch="$(dpkg --print-architecture)"; \\',
    '\tcase "${dpkgArch##*-}" in \\',
    ...chosen.map(([deb, arch]) => `\t\t${deb}) ARCH='${arch}'${withSha ? `; SHA256='${hex(r, 64)}'` : ''} ;; \\`),
    '\t\t*) echo >&2 "error: unsupported architecture: $dpkgArch"; exit 1 ;; \\',
    '\tesac; \\',
    '\t\\',
  ];
}

/**
 * Script lines: download the product's tarball and its signature, check the checksum, verify the
 * signature against `$GPG_KEYS`, unpack into /usr/src.
 *
 * @example
 * download(r, p, 'lumen.tar.xz');
 */
export function download(r, p, file) {
  return [
    `\twget -O ${file} "https://downloads.example.org/${p.name}/$${p.upper}_VERSION/${p.name}-$${p.upper}_VERSION.tar.xz"; \\`,
    `\twget -O ${file}.asc "https://downloads.example.org/${p.name}/$${p.upper}_VERSION/${p.name}-$${p.upper}_VERSION.tar.xz.asc"; \\`,
    `\techo "$${p.upper}_SHA256 *${file}" | sha256sum -c -; \\`,
    '\tGNUPGHOME="$(mktemp -d)"; export GNUPGHOME; \\',
    '\tfor key in $GPG_KEYS; do \\',
    '\t\tgpg --batch --keyserver hkps://keys.example.net --recv-keys "$key"; \\',
    '\tdone; \\',
    `\tgpg --batch --verify ${file}.asc ${file}; \\`,
    '\tgpgconf --kill all; \\',
    `\trm -rf "$GNUPGHOME" ${file}.asc; \\`,
    `\tmkdir -p /usr/src/${p.name}; \\`,
    `\ttar --extract --directory /usr/src/${p.name} --strip-components=1 --file ${file}; \\`,
    `\trm ${file}; \\`,
    '\t\\',
  ];
}

/**
 * Script lines: configure with build-dependent flags, make, install, prune tests and objects.
 *
 * @example
 * configureMake(r, p, '\tgnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \\');
 */
export function configureMake(r, p, gnuArch) {
  return [
    `\tcd /usr/src/${p.name}; \\`,
    gnuArch,
    '\t./configure \\',
    '\t\t--build="$gnuArch" \\',
    `\t\t--prefix=/usr/local/${p.name} \\`,
    ...r.some(configureFlags, scaled(r, p.size, 3, 12), scaled(r, p.size, 4, 18)).map((f) => `\t\t${f} \\`),
    '\t; \\',
    '\tnproc="$(nproc)"; \\',
    `\tEXTRA_CFLAGS="$(dpkg-buildflags --get CFLAGS 2>/dev/null || true)"; \\`,
    '\tLDFLAGS="${LDFLAGS:--Wl},--strip-all"; \\',
    '\tmake -j "$nproc" \\',
    '\t\t"EXTRA_CFLAGS=${EXTRA_CFLAGS:-}" \\',
    '\t\t"LDFLAGS=${LDFLAGS:-}" \\',
    '\t; \\',
    '\tmake install; \\',
    '\t\\',
    '\tcd /; \\',
    `\trm -rf /usr/src/${p.name}; \\`,
    `\tfind /usr/local/${p.name} -depth \\`,
    '\t\t\\( \\',
    "\t\t\t\\( -type d -a \\( -name test -o -name tests -o -name testsuite \\) \\) \\",
    "\t\t\t-o \\( -type f -a \\( -name '*.pyc' -o -name '*.pyo' -o -name '*.a' \\) \\) \\",
    '\t\t\\) -exec rm -rf \'{}\' + \\',
    '\t; \\',
    '\t\\',
  ];
}

/**
 * Script lines: mark as manual the packages holding the libraries that the executables `find`
 * lists link to, then purge the build dependencies.
 *
 * @example
 * keepLinkedLibraries("\tfind /usr/local -type f -executable -exec ldd '{}' ';' \\");
 */
export function keepLinkedLibraries(find) {
  return [
    find,
    '\t\t| awk \'/=>/ { so = $(NF-1); if (index(so, "/usr/local/") == 1) { next }; gsub("^/(usr/)?", "", so); printf "*%s\\n", so }\' \\',
    '\t\t| sort -u \\',
    '\t\t| xargs -r dpkg-query --search \\',
    '\t\t| cut -d: -f1 \\',
    '\t\t| sort -u \\',
    '\t\t| xargs -r apt-mark manual \\',
    '\t; \\',
    '\tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\',
  ];
}

/**
 * Script lines: keep the libraries the installed binaries link to, purge the build dependencies.
 *
 * @example
 * aptMarkLibraries(p);
 */
export function aptMarkLibraries(p) {
  return [
    '\tapt-mark auto \'.*\' > /dev/null; \\',
    '\t[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; \\',
    ...keepLinkedLibraries(`\tfind /usr/local/${p.name} -type f -executable -not \\( -name '*.py' \\) -exec ldd '{}' ';' \\`),
    '\trm -rf /var/lib/apt/lists/*; \\',
    '\t\\',
    '\tldconfig; \\',
    `\t${p.name} --version`,
    '',
  ];
}

/**
 * A RUN that downloads and verifies a signed helper binary (a step-down tool, an init), with
 * the apt-mark bookkeeping that removes its download tools again.
 *
 * @example
 * helperBinary(r, 'gosu');
 */
export function helperBinary(r, tool) {
  const version = `1.${r.int(10, 17)}`;
  const v = `${tool.toUpperCase().replace(/-/g, '_')}_VERSION`;
  return [
    `# grab ${tool} for easy step-down from root`,
    `ENV ${v} ${version}`,
    'RUN set -eux; \\',
    '\tsavedAptMark="$(apt-mark showmanual)"; \\',
    '\tapt-get update; \\',
    '\tapt-get install -y --no-install-recommends ca-certificates gnupg wget; \\',
    '\trm -rf /var/lib/apt/lists/*; \\',
    '\tdpkgArch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')"; \\',
    `\twget -O /usr/local/bin/${tool} "https://downloads.example.org/${tool}/releases/download/$${v}/${tool}-$dpkgArch"; \\`,
    `\twget -O /usr/local/bin/${tool}.asc "https://downloads.example.org/${tool}/releases/download/$${v}/${tool}-$dpkgArch.asc"; \\`,
    '\texport GNUPGHOME="$(mktemp -d)"; \\',
    `\tgpg --batch --keyserver hkps://keys.example.net --recv-keys ${hex(r, 40).toUpperCase()}; \\`,
    `\tgpg --batch --verify /usr/local/bin/${tool}.asc /usr/local/bin/${tool}; \\`,
    '\tgpgconf --kill all; \\',
    `\trm -rf "$GNUPGHOME" /usr/local/bin/${tool}.asc; \\`,
    '\tapt-mark auto \'.*\' > /dev/null; \\',
    '\t[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \\',
    '\tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\',
    `\tchmod +x /usr/local/bin/${tool}; \\`,
    `\t${tool} --version; \\`,
    `\t${tool} nobody true`,
    '',
  ];
}

/**
 * ENVs and a RUN that bootstraps the product's package tool from a checksummed installer script.
 *
 * @example
 * packageTool(r, p);
 */
export function packageTool(r, p) {
  const tool = `${p.name}-pkg`;
  return [
    `ENV ${p.upper}_PKG_VERSION ${r.int(20, 24)}.${r.int(0, 3)}.${r.int(0, 9)}`,
    `ENV ${p.upper}_PKG_URL https://downloads.example.org/${tool}/get-${tool}.sh`,
    `ENV ${p.upper}_PKG_SHA256 ${hex(r, 64)}`,
    'RUN set -eux; \\',
    `\twget -O get-${tool}.sh "$${p.upper}_PKG_URL"; \\`,
    `\techo "$${p.upper}_PKG_SHA256 *get-${tool}.sh" | sha256sum -c -; \\`,
    `\tsh get-${tool}.sh --no-cache --version "$${p.upper}_PKG_VERSION" --prefix /usr/local; \\`,
    `\trm -f get-${tool}.sh; \\`,
    `\t${tool} --version`,
    '',
  ];
}

/**
 * `\tcmd; \` → `\t&& cmd \`, for scripts written as one `&&` chain; the lines of a case table
 * (two tabs), `esac` and blank continuation lines keep their own syntax.
 *
 * @example
 * lines.map(chain);
 */
export function chain(line) {
  if (line.startsWith('RUN ')) return line.replace(/; \\$/, ' \\');
  if (!line.startsWith('\t') || line.startsWith('\t\t')) return line;
  const body = line.replace(/; \\$/, ' \\');
  return /^\t(?:esac|\\)/.test(body) ? body : `\t&& ${body.slice(1)}`;
}
