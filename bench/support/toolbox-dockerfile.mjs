// Long tool-collection images (CI runners, dev containers): many tools installed one RUN each,
// downloaded per architecture and checksummed. Written here from those patterns for invented
// tools under example domains, not copied. Used by runtime-dockerfiles.mjs.
import { archTable, chain, scaled } from './runtime-blocks.mjs';

const toolNames = ['deployctl', 'chartmgr', 'infraplan', 'secretctl', 'lintkit', 'logship', 'tracecat', 'dbmigrate', 'imgscan', 'policyctl', 'sealer', 'cfgdiff', 'stackup', 'netprobe'];
const toolboxPackages = ['apt-transport-https', 'bash-completion', 'build-essential', 'ca-certificates', 'curl', 'dnsutils', 'file', 'git', 'git-lfs', 'gnupg', 'iputils-ping', 'jq', 'less', 'lsb-release', 'make', 'netcat-openbsd', 'openssh-client', 'parallel', 'python3', 'python3-pip', 'python3-venv', 'rsync', 'shellcheck', 'software-properties-common', 'sudo', 'tar', 'tzdata', 'unzip', 'vim', 'wget', 'xz-utils', 'zip', 'zstd', 'postgresql-client', 'default-mysql-client', 'redis-tools', 'skopeo', 'gettext-base', 'moreutils', 'tree', 'htop', 'strace'];

/**
 * A CI-runner or dev-container image: one big apt list, then a download-verify-extract RUN per
 * tool, each with its architecture table. The longest kind; its length grows with `p.size`.
 *
 * @example
 * toolbox(r, { name: 'lumen', upper: 'LUMEN', version: '1.2.3', size: 0.5 }).join('\n');
 */
export function toolbox(r, p) {
  const tools = r.some(toolNames, scaled(r, p.size, 3, 8), scaled(r, p.size, 4, 14));
  const chained = r.chance(0.5); // `&& \` chains instead of `set -eux; …;`
  const arg = (t) => `${t.toUpperCase()}_VERSION`;
  return [
    `# ${p.name} toolbox: the CLI tools our pipelines and dev containers use`,
    `FROM ${r.pick(['ubuntu:22.04', 'ubuntu:24.04', 'debian:bookworm'])}`,
    'ARG DEBIAN_FRONTEND=noninteractive',
    'ARG TARGETARCH',
    ...tools.map((t) => `ARG ${arg(t)}=${r.int(0, 4)}.${r.int(0, 40)}.${r.int(0, 9)}`),
    '',
    `LABEL org.opencontainers.image.title="${p.name}-toolbox" org.opencontainers.image.vendor="Example Corp"`,
    'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    'RUN apt-get update \\',
    ' && apt-get install -y --no-install-recommends \\',
    ...r.some(toolboxPackages, scaled(r, p.size, 15, 30), scaled(r, p.size, 20, 42)).map((pkg) => `      ${pkg} \\`),
    ' && rm -rf /var/lib/apt/lists/*',
    '',
    ...tools.flatMap((t) => {
      const lines = [
        `# ${t}`,
        ...archTable(r, p, true).map((l) => l.replace('dpkgArch="$(dpkg --print-architecture)"', 'dpkgArch="${TARGETARCH:-$(dpkg --print-architecture)}"')),
        `\tcurl -fsSLo /tmp/${t}.tar.gz "https://downloads.example.org/${t}/v\${${arg(t)}}/${t}_\${${arg(t)}}_linux_\${ARCH}.tar.gz"; \\`,
        `\techo "\${SHA256}  /tmp/${t}.tar.gz" | sha256sum -c -; \\`,
        `\ttar -xzf /tmp/${t}.tar.gz -C /usr/local/bin ${t}; \\`,
        `\trm -f /tmp/${t}.tar.gz; \\`,
        `\t${t} ${r.pick(['version', '--version', 'version --client'])}`,
      ];
      lines.splice(1, 0, 'RUN set -eux; \\');
      return [...(chained ? lines.map(chain) : lines), ''];
    }),
    ...(r.chance(0.6) ? [`RUN python3 -m pip install --no-cache-dir ${r.some(['ansible-core==2.16.3', 'yamllint==1.35.1', 'pre-commit==3.6.2', 'awscli==1.32.50', 'checkov==3.2.20'], 2, 4).join(' ')}`] : []),
    'RUN useradd --create-home --shell /bin/bash --uid 1001 runner \\',
    " && echo 'runner ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/runner",
    'COPY entrypoint.sh /usr/local/bin/entrypoint.sh',
    'USER runner',
    'WORKDIR /home/runner',
    'ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]',
    'CMD ["bash"]',
    '',
  ];
}
