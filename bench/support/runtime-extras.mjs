// Optional RUN blocks that long official-style images accumulate, chosen by `extras`. Written
// here from those patterns, not copied. Used by runtime-dockerfiles.mjs.
import { helperBinary, list, packageTool, scaled } from './runtime-blocks.mjs';

/**
 * The further RUN blocks long images grow over the years — a package tool, extension builds,
 * configuration written with echo blocks and sed, more helper binaries — the more the larger
 * `p.size`; `already` is a block the layout has written itself.
 *
 * @example
 * const lines = extras(r, p, packageTool);
 */
export function extras(r, p, already) {
  const helpers = ['tini', 'dumb-init', 'yq', 'gosu', 'confd'].map((tool) => (r) => helperBinary(r, tool));
  const blocks = [packageTool, extensionInstalls, configTweaks, ...helpers].filter((b) => b !== already);
  return r.some(blocks, scaled(r, p.size, 0, 2), scaled(r, p.size, 1, 5)).flatMap((block) => block(r, p));
}

/**
 * A RUN that builds native extensions with their -dev packages, then keeps only the libraries
 * they link to.
 *
 * @example
 * extensionInstalls(r, p);
 */
function extensionInstalls(r, p) {
  const exts = r.some(['bcmath', 'gd', 'intl', 'ldap', 'mysqli', 'opcache', 'pcntl', 'pdo_mysql', 'pdo_pgsql', 'soap', 'sockets', 'zip', 'xsl', 'gmp', 'exif'], scaled(r, p.size, 3, 8), scaled(r, p.size, 4, 14));
  const devs = r.some(['libfreetype6-dev', 'libjpeg-dev', 'libpng-dev', 'libwebp-dev', 'libicu-dev', 'libldap2-dev', 'libpq-dev', 'libzip-dev', 'libxslt1-dev', 'libgmp-dev', 'libxml2-dev'], 3, 9);
  return [
    'RUN set -eux; \\',
    '\tsavedAptMark="$(apt-mark showmanual)"; \\',
    '\tapt-get update; \\',
    '\tapt-get install -y --no-install-recommends \\',
    ...list(devs),
    '\t\\',
    `\tdocker-${p.name}-ext-configure gd --with-freetype --with-jpeg=/usr --with-webp; \\`,
    '\tdebMultiarch="$(dpkg-architecture --query DEB_BUILD_MULTIARCH)"; \\',
    `\tdocker-${p.name}-ext-configure ldap --with-libdir="lib/$debMultiarch"; \\`,
    `\tdocker-${p.name}-ext-install -j "$(nproc)" \\`,
    ...list(exts),
    '\t\\',
    `\tout="$(${p.name} -r 'exit;')"; \\`,
    '\tif [ -n "$out" ]; then \\',
    `\t\t${p.name} -r 'exit;'; \\`,
    '\t\texit 1; \\',
    '\tfi; \\',
    '\tapt-mark auto \'.*\' > /dev/null; \\',
    '\tapt-mark manual $savedAptMark; \\',
    `\tldd "$(${p.name}-config --extension-dir)"/*.so \\`,
    "\t\t| awk '/=>/ { so = $(NF-1); if (index(so, \"/usr/local/\") == 1) { next }; gsub(\"^/(usr/)?\", \"\", so); printf \"*%s\\n\", so }' \\",
    '\t\t| sort -u \\',
    '\t\t| xargs -r dpkg-query -S \\',
    '\t\t| cut -d: -f1 \\',
    '\t\t| sort -u \\',
    '\t\t| xargs -rt apt-mark manual; \\',
    '\tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\',
    '\trm -rf /var/lib/apt/lists/*; \\',
    `\t${p.name} -m`,
    '',
  ];
}

/**
 * WORKDIR and a RUN writing configuration with sed and `{ echo …; } | tee` blocks.
 *
 * @example
 * configTweaks(r, p);
 */
function configTweaks(r, p) {
  const settings = r.some(['error_log = /proc/self/fd/2', 'log_limit = 8192', 'daemonize = no', 'listen = 9000', 'access.log = /proc/self/fd/2', 'clear_env = no', 'catch_workers_output = yes', 'decorate_workers_output = no', 'pm = dynamic', 'pm.max_children = 5', 'pm.start_servers = 2', 'pm.min_spare_servers = 1', 'pm.max_spare_servers = 3', 'request_terminate_timeout = 60s'], scaled(r, p.size, 4, 10), scaled(r, p.size, 5, 14));
  return [
    `WORKDIR /usr/local/etc/${p.name}`,
    'RUN set -eux; \\',
    `\tcp ${p.name}.conf.default ${p.name}.conf; \\`,
    `\tsed -ri 's/^;?(user|group) = .*/\\1 = ${p.name}/' ${p.name}.d/www.conf; \\`,
    `\tgrep -E '^(user|group) = ${p.name}$' ${p.name}.d/www.conf; \\`,
    '\t{ \\',
    '\t\techo \'[global]\'; \\',
    ...settings.map((line) => `\t\techo '${line}'; \\`),
    `\t} | tee ${p.name}.d/docker.conf; \\`,
    '\t{ \\',
    "\t\techo '[www]'; \\",
    `\t\techo 'listen = ${r.pick([9000, 9001])}'; \\`,
    `\t} | tee ${p.name}.d/zz-docker.conf; \\`,
    `\tmkdir -p "$${p.upper}_INI_DIR/conf.d"; \\`,
    `\tsed -i 's/^memory_limit = .*/memory_limit = ${r.pick(['128M', '256M', '512M'])}/' "$${p.upper}_INI_DIR/${p.name}.ini-production"`,
    'WORKDIR /',
    '',
  ];
}
