import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { publishedRange, type Port } from '../port.js';
import type { ComposeStack } from '../stack.js';
import { finding, type RuleContext } from './finding.js';

const anyAddress = new Set([undefined, '', '0.0.0.0', '::']);

function overlaps(a: Port, b: Port): boolean {
  if ((a.protocol ?? 'tcp') !== (b.protocol ?? 'tcp')) return false;
  if (!anyAddress.has(a.hostIp) && !anyAddress.has(b.hostIp) && a.hostIp !== b.hostIp) return false;
  const [ra, rb] = [publishedRange(a), publishedRange(b)];
  return ra !== undefined && rb !== undefined && ra[0] <= rb[1] && rb[0] <= ra[1];
}

function describe(p: Port): string {
  return `${p.hostIp ? `${p.hostIp}:` : ''}${p.published}/${p.protocol ?? 'tcp'}`;
}

/**
 * DSL4008: two services, or two entries of one, publishing the same host port (same protocol,
 * overlapping ranges, and addresses that overlap — no address means all of them). The second
 * container fails with "port is already allocated".
 *
 * @example
 * checkHostPorts(stack, { prefix: [] });
 */
export function checkHostPorts(stack: ComposeStack, ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen: Array<{ key: string; index: number; port: Port }> = [];
  for (const [key, s] of Object.entries(stack.services)) {
    (s.ports ?? []).forEach((port, index) => {
      const clash = seen.find((p) => overlaps(p.port, port));
      if (clash) {
        const who = clash.key === key ? `another entry of '${key}'` : `service '${clash.key}'`;
        out.push(finding('DSL4008', `service '${key}' publishes host port ${describe(port)}, which ${who} already publishes (${describe(clash.port)})`, stack, ['services', key, 'ports', index], ctx.prefix, 'publish a different host port, or leave `published` out to let Docker pick one'));
      }
      seen.push({ key, index, port });
    });
  }
  return out;
}
