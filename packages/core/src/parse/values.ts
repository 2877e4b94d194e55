/**
 * The values BuildKit and the engine check when they read or build a Dockerfile, checked the
 * same way here so that what fails `docker build` fails `dsl check`, and nothing else does.
 * Each check returns BuildKit's reason, or `undefined` when the value is fine. Values holding a
 * `$` are expanded at build time and are not checked.
 */

const protocols = new Set(['tcp', 'udp', 'sctp']);

function portNumber(text: string): string | undefined {
  if (!/^[+-]?\d+$/.test(text)) return `'${text}' is not a number`;
  const port = Number(text);
  return port < 0 || port > 65535 ? `${text} is out of range (0-65535)` : undefined;
}

function portRange(text: string, what: string): [start: number, end: number] | string {
  if (text === '') return `no ${what} specified`;
  const dash = text.indexOf('-');
  const start = dash < 0 ? text : text.slice(0, dash);
  const end = dash < 0 ? start : text.slice(dash + 1);
  const bad = portNumber(start) ?? (end === start ? undefined : portNumber(end));
  if (bad) return `invalid ${what} '${text}': ${bad}`;
  if (Number(end) < Number(start)) return `invalid port range: ${text}`;
  return [Number(start), Number(end)];
}

/**
 * Why BuildKit refuses an EXPOSE port spec (`[ip:][host:]port[-end][/proto]`), if it does.
 *
 * @example
 * portSpecError('70000'); // "invalid containerPort '70000': 70000 is out of range (0-65535)"
 * portSpecError('80/TCP'); // undefined (BuildKit only warns about the casing)
 */
export function portSpecError(spec: string): string | undefined {
  if (spec.includes('$')) return undefined;
  const parts = spec.split(':');
  const container = parts.at(-1)!;
  const host = parts.length > 1 ? parts.at(-2)! : undefined;
  const ip = parts.length > 2 ? parts.slice(0, -2).join(':') : '';
  const slash = container.indexOf('/');
  const port = slash < 0 ? container : container.slice(0, slash);
  const proto = slash < 0 ? '' : container.slice(slash + 1);
  if (port === '') return `invalid port '${spec}': no port specified`;
  if (proto !== '' && !protocols.has(proto.toLowerCase())) return `invalid port '${spec}': unknown protocol '${proto}' (tcp, udp or sctp)`;
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (bare !== '' && !isIp(bare)) return `invalid IP address: ${ip}`;
  const range = portRange(port, 'containerPort');
  if (typeof range === 'string') return range;
  if (host === undefined || host === '') return undefined;
  const hostRange = portRange(host, 'hostPort');
  if (typeof hostRange === 'string') return hostRange;
  if (range[1] !== range[0] && range[1] - range[0] !== hostRange[1] - hostRange[0]) return `invalid ranges specified for container and host ports: ${port} and ${host}`;
  return undefined;
}

function isIp(text: string): boolean {
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(text)) return text.split('.').every((n) => Number(n) <= 255);
  return text.includes(':') && /^[0-9A-Fa-f:.]+$/.test(text) && (text.match(/::/g) ?? []).length <= 1;
}

// The names the engine maps to Linux signals (with or without the SIG prefix, any case).
const signals = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR', 'QUIT',
  'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1', 'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ',
  'RTMIN', 'RTMAX', ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`), ...Array.from({ length: 14 }, (_, i) => `RTMAX-${i + 1}`),
]);

/**
 * Why the engine refuses a STOPSIGNAL value, if it does: a whole number other than 0, or a
 * Linux signal name (`TERM`, `SIGTERM`, `sigterm`, `SIGRTMIN+3`).
 *
 * @example
 * signalError('SIGFOO'); // 'invalid signal: SIGFOO'
 */
export function signalError(signal: string): string | undefined {
  if (signal.includes('$')) return undefined;
  if (/^[+-]?\d+$/.test(signal)) return Number(signal) === 0 ? `invalid signal: ${signal}` : undefined;
  const upper = signal.toUpperCase();
  return signals.has(upper.startsWith('SIG') ? upper.slice(3) : upper) ? undefined : `invalid signal: ${signal}`;
}

const unitNanos: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/**
 * Why BuildKit refuses a HEALTHCHECK duration (Go's duration syntax: `30s`, `1m30s`, `1.5h`;
 * a unit on every number, except a bare `0`; at least 1ms unless 0), if it does.
 *
 * @example
 * durationError('interval', '30'); // 'time: missing unit in duration "30"'
 */
export function durationError(flag: string, text: string): string | undefined {
  if (text === '' || text === '0') return undefined;
  const body = text.replace(/^[+-]/, '');
  const parts = [...body.matchAll(/(\d*\.?\d*)([a-zµμ]*)/g)].filter((m) => m[0] !== '');
  if (body === '' || parts.map((m) => m[0]).join('') !== body) return `time: invalid duration "${text}"`;
  let nanos = 0;
  for (const [, number, unit] of parts) {
    if (number === '' || number === '.') return `time: invalid duration "${text}"`;
    if (unit === '') return `time: missing unit in duration "${text}"`;
    const scale = unitNanos[unit!];
    if (scale === undefined) return `time: unknown unit "${unit}" in duration "${text}"`;
    nanos += Number(number) * scale;
  }
  if (text.startsWith('-')) nanos = -nanos;
  return nanos !== 0 && nanos < 1e6 ? `Interval "${flag}" cannot be less than 1ms` : undefined;
}

/**
 * Go's `strconv.ParseBool`, which reads mount options such as `readonly=…`.
 *
 * @example
 * goBool('T'); // true
 * goBool('yes'); // undefined
 */
export function goBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

const sharingModes = new Set(['shared', 'private', 'locked']);

/**
 * Why BuildKit refuses the value of a RUN --mount option (its name after aliases), if it does:
 * `sharing`, `mode` (octal), `uid`/`gid` (whole numbers) and tmpfs `size` (`64m`, `1GiB`).
 *
 * @example
 * mountValueError('sharing', 'exclusive'); // 'unsupported sharing value "exclusive" (shared, private or locked)'
 */
export function mountValueError(key: string, value: string): string | undefined {
  if (value.includes('$')) return undefined;
  switch (key) {
    case 'sharing': return sharingModes.has(value.toLowerCase()) ? undefined : `unsupported sharing value "${value}" (shared, private or locked)`;
    case 'mode': return /^[0-7]+$/.test(value) && parseInt(value, 8) <= 0xffffffff ? undefined : `invalid value ${value} for mode (an octal number such as 0644)`;
    case 'uid': case 'gid': return /^\d+$/.test(value) && Number(value) <= 0xffffffff ? undefined : `invalid value ${value} for ${key} (a whole number)`;
    case 'size': return /^\d+(?:\.\d+)* ?[kKmMgGtTpP]?[iI]?[bB]?$/.test(value) ? undefined : `invalid value for size: ${value} (such as 64m or 1GiB)`;
    default: return undefined;
  }
}
