/**
 * How a service joins a network (`null` when it only joins).
 *
 * @example
 * const n: ServiceNetwork = { aliases: ['database'] };
 */
export interface ServiceNetwork {
  aliases?: string[];
  ipv4Address?: string;
  ipv6Address?: string;
  priority?: number;
}
