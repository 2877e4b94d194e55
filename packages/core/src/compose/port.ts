import { specObject } from './keys.js';

/**
 * A transport protocol Compose can publish.
 *
 * @example
 * const p: PortProtocol = 'udp';
 */
export type PortProtocol = 'tcp' | 'udp' | 'sctp';

/**
 * A published or exposed port, in the spec's long syntax. `published` may be a range
 * (`'8000-8010'`); without it Docker picks a free host port.
 *
 * @example
 * const p: Port = { target: 80, published: 8080, hostIp: '127.0.0.1', protocol: 'tcp' };
 */
export interface Port {
  target: number;
  published?: number | string;
  hostIp?: string;
  protocol?: PortProtocol;
  mode?: 'host' | 'ingress';
  name?: string;
  appProtocol?: string;
}

type HostPorts = `${number}` | `${number}-${number}`;
type Published = `${HostPorts}:${number}` | `${string}:${HostPorts}:${number}` | `${number}`;

/**
 * The short port syntax as a type: `"3000"`, `"8080:80"`, `"8000-8010:80"`,
 * `"127.0.0.1:8080:80"`, each optionally with `/tcp`, `/udp` or `/sctp`.
 *
 * @example
 * const p: PortString = '127.0.0.1:53:53/udp';
 */
export type PortString = Published | `${Published}/${PortProtocol}`;

const shortSyntax = /^(?:(?:\[(?<ip6>[^\]]+)\]|(?<ip>\d{1,3}(?:\.\d{1,3}){3})):)?(?:(?<published>\d+(?:-\d+)?)?:)?(?<target>\d+)(?:-(?<targetEnd>\d+))?(?:\/(?<protocol>tcp|udp|sctp))?$/;

/**
 * Reads the short syntax (`"8080:80"`, `"127.0.0.1:53:53/udp"`, `"3000"`) into a long-syntax
 * port, or `undefined` when the text is not a port. Container port ranges are not modelled.
 *
 * @example
 * port('8080:80'); // { target: 80, published: 8080 }
 */
export function port(spec: string | number): Port | undefined {
  const match = shortSyntax.exec(String(spec));
  if (!match?.groups || match.groups.targetEnd !== undefined) return undefined;
  const g = match.groups;
  const out: Port = { target: Number(g.target) };
  if (g.published !== undefined) out.published = /^\d+$/.test(g.published) ? Number(g.published) : g.published;
  const ip = g.ip ?? g.ip6;
  if (ip !== undefined) out.hostIp = ip;
  if (g.protocol !== undefined) out.protocol = g.protocol as PortProtocol;
  if (out.target > 65535 || (typeof out.published === 'number' && out.published > 65535)) return undefined;
  return out;
}

/**
 * The host ports a port publishes, as a range (`[8080, 8080]` for one port), or `undefined`
 * when Docker picks one.
 *
 * @example
 * publishedRange({ target: 80, published: '8000-8002' }); // [8000, 8002]
 */
export function publishedRange(p: Port): [number, number] | undefined {
  if (p.published === undefined) return undefined;
  if (typeof p.published === 'number') return [p.published, p.published];
  const [from, to = from] = p.published.split('-').map(Number);
  return [from!, to!];
}

/** Spec key order of a long-syntax port. */
const order = ['name', 'target', 'published', 'host_ip', 'protocol', 'app_protocol', 'mode'];

/**
 * A port as Compose YAML (long syntax: no YAML 1.1 base-60 surprises such as `22:22`).
 *
 * @example
 * compilePort({ target: 80, published: 8080 }); // { target: 80, published: 8080 }
 */
export function compilePort(p: Port): Record<string, unknown> {
  return specObject(p, order);
}
