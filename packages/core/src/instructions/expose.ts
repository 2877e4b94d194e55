import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { instructionBase } from '../model/primitives.js';
import type { TypeMessage } from '../model/type-message.js';

/**
 * A transport protocol EXPOSE accepts.
 *
 * @example
 * const protocol: Protocol = 'udp'; // EXPOSE 53/udp
 */
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

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
type DigitsBelow = { '0': never; '1': '0'; '2': '0' | '1'; '3': '0' | '1' | '2'; '4': '0' | '1' | '2' | '3'; '5': '0' | '1' | '2' | '3' | '4'; '6': Exclude<Digit, '6' | '7' | '8' | '9'>; '7': Exclude<Digit, '7' | '8' | '9'>; '8': Exclude<Digit, '8' | '9'>; '9': Exclude<Digit, '9'> };
type Chars<S extends string> = S extends `${infer C}${infer R}` ? [C, ...Chars<R>] : [];
type AllDigits<T extends string[]> = T extends [infer H, ...infer R extends string[]] ? (H extends Digit ? AllDigits<R> : false) : true;
type NotAbove<A extends string[], B extends string[]> = A extends [infer a, ...infer ar extends string[]] ? (B extends [infer b extends keyof DigitsBelow, ...infer br extends string[]] ? (a extends b ? NotAbove<ar, br> : a extends DigitsBelow[b] ? true : false) : true) : true;
type PortNumberOk<S extends string> = `${number}` extends S ? true : Chars<S> extends infer C extends string[] ? (AllDigits<C> extends true ? (C['length'] extends 1 | 2 | 3 | 4 ? true : C['length'] extends 5 ? NotAbove<C, ['6', '5', '5', '3', '5']> : false) : false) : false;
type RangeOk<S extends string> = S extends `${infer A}-${infer B}` ? (PortNumberOk<A> extends true ? PortNumberOk<B> : false) : PortNumberOk<S>;
type PortBody<S extends string> = S extends `${infer Body}/${Protocol}` ? Body : S;

/**
 * `P` when a literal port is within 0–65535 (ranges too), otherwise a `TypeMessage` that says
 * so, so `expose(70000)` and `expose('80-99999/tcp')` are type errors that name the range. Non-literal values pass (the
 * schema checks them at run time).
 *
 * @example
 * const ok: ValidPort<8080> = 8080;
 */
export type ValidPort<P> = P extends number
  ? number extends P ? P : PortNumberOk<`${P}`> extends true ? P : TypeMessage<`port '${P}' is out of range: a port is a number from 0 to 65535, optionally a range (8000-8010) and /tcp, /udp or /sctp`>
  : P extends `$${string}` ? P
  : P extends string ? (string extends P ? P : RangeOk<PortBody<P>> extends true ? P : TypeMessage<`port '${P}' is out of range: a port is a number from 0 to 65535, optionally a range (8000-8010) and /tcp, /udp or /sctp`>)
  : never;

/** `ValidPort` of one port or of each port of a list. */
export type ValidPorts<P> = P extends readonly unknown[] ? { [K in keyof P]: ValidPort<P[K]> } : ValidPort<P>;

// A variable is `$NAME` or `${NAME}` (a default is a port): anything else after it would be read
// as part of the name or as another word.
const portText = /^(?:(\d{1,5})(?:-(\d{1,5}))?|\$[A-Za-z_][A-Za-z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*(?::-\d{1,5}(?:-\d{1,5})?)?\})(?:\/(tcp|udp|sctp))?$/;

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

/**
 * Schema of EXPOSE.
 *
 * @example
 * exposeSchema.parse(expose(8080));
 */
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
export function expose<const P extends PortSpec | readonly PortSpec[]>(ports: P & ValidPorts<P>, options: { comment?: string } = {}): ExposeInstruction {
  const list = (Array.isArray(ports) ? [...(ports as readonly PortSpec[])] : [ports]) as ExposeInstruction['ports'];
  return captureSource({ kind: 'expose', ports: list, ...options });
}

/** Prints EXPOSE. */
export function printExpose(i: ExposeInstruction): string {
  return `EXPOSE ${i.ports.join(' ')}`;
}
