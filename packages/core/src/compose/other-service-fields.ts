import type { composeKeys } from './keys.js';
import type { otherServiceKeys } from './service-keys.js';

type CamelOf<K extends string> = { [C in keyof typeof composeKeys]: (typeof composeKeys)[C] extends K ? C : never }[keyof typeof composeKeys];
type ModelKey<K extends string> = [CamelOf<K>] extends [never] ? K : CamelOf<K>;

/**
 * The service keys of the Compose Specification that the typed model keeps as written
 * (`otherServiceKeys`: `logging`, `ulimits`, `devices`, …), under the property names the reader
 * gives them (`blkio_config` is `blkioConfig`, like every key the spec spells in snake case that
 * the model also uses). Their values are not typed: the compiler writes them back unchanged.
 * With them, a service imported from any valid Compose file type-checks.
 *
 * @example
 * const extra: OtherServiceFields = { logging: { driver: 'json-file', options: { 'max-size': '10m' } }, shmSize: '256m' };
 */
export type OtherServiceFields = { [K in (typeof otherServiceKeys)[number] as ModelKey<K>]?: unknown };
