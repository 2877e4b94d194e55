import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { instructionBase } from '../model/primitives.js';

/** A transport protocol EXPOSE accepts. */
export type Protocol = 'tcp' | 'udp' | 'sctp';

/**
 * A port for EXPOSE: a number, or text such as `8080/udp`, `8000-8010` or `$PORT`.
 *
 * @example
 * const ports: PortSpec[] = [8080, '53/udp', '9000-9010/tcp'];
 */
export type PortSpec = number | `${number}` | `${number}/${Protocol}` | `${number}-${number}` | `${number}-${number}/${Protocol}` | `$${string}`;

/**
 * `EXPOSE`: documents the ports the container listens on.
 *
 * @example
 * const e: ExposeInstruction = { kind: 'expose', ports: [8080, '53/udp'] };
 */
export interface ExposeInstruction {
  kind: 'expose';
  ports: [PortSpec, ...PortSpec[]];
  comment?: string;
}

const portText = /^(?:(\d{1,5})(?:-(\d{1,5}))?|\$\{?[A-Za-z_][A-Za-z0-9_]*(?::-[^}\s]*)?\}?)(?:\/(tcp|udp|sctp))?$/;

/** Schema of one EXPOSE port. */
export const portSpecSchema = z.union([
  z.number({ error: 'a port is a whole number from 0 to 65535' }).int().min(0, { error: 'a port is a whole number from 0 to 65535' }).max(65535, { error: 'a port is a whole number from 0 to 65535' }),
  z.string().superRefine((text, ctx) => {
    const match = portText.exec(text);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `'${text}' is not a port: expected 8080, 8080/udp, 8000-8010/tcp or $PORT`, params: { code: 'DSL1013' } });
      return;
    }
    const [, from, to] = match;
    for (const port of [from, to]) {
      if (port !== undefined && Number(port) > 65535) {
        ctx.addIssue({ code: 'custom', message: `port ${port} is out of range 0-65535`, params: { code: 'DSL1013' } });
      }
    }
    if (from !== undefined && to !== undefined && Number(to) < Number(from)) {
      ctx.addIssue({ code: 'custom', message: `port range ${from}-${to} ends before it starts`, params: { code: 'DSL1013' } });
    }
  }),
]);

/** Schema of EXPOSE. */
export const exposeSchema = z.strictObject({
  kind: z.literal('expose'),
  ports: z.array(portSpecSchema).min(1, { error: 'EXPOSE needs at least one port' }),
  ...instructionBase,
});

/**
 * Exposes ports.
 *
 * @example
 * expose(8080);
 * expose([80, '443/tcp']);
 */
export function expose(ports: PortSpec | readonly PortSpec[], options: { comment?: string } = {}): ExposeInstruction {
  const list = (Array.isArray(ports) ? [...ports] : [ports]) as ExposeInstruction['ports'];
  return captureSource({ kind: 'expose', ports: list, ...options });
}

/** Prints EXPOSE. */
export function printExpose(i: ExposeInstruction): string {
  return `EXPOSE ${i.ports.join(' ')}`;
}
