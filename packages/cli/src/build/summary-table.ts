import { seconds, type ImageStatus } from './image-status.js';

/** A row of the summary: one built (or not) image. */
export interface SummaryRow {
  image: string;
  tag: string;
  status: ImageStatus['phase'];
  /** Bytes, when the image exists locally. */
  size?: number;
  ms?: number;
  steps: number;
  cached: number;
  /** The manifest (or index) digest buildx reported. */
  digest?: string;
  /** Where it was pushed, as `name@digest`, ready to pin. */
  pushed?: string[];
}

/**
 * The table printed after a build: image, tag, status, size, time, cache hits and digest,
 * aligned; then, for pushed images, the references to pin.
 *
 * @example
 * summaryTable([{ image: 'api', tag: 'api:latest', status: 'done', size: 7e6, ms: 1200, steps: 3, cached: 3, digest: 'sha256:ab…' }]);
 */
export function summaryTable(rows: readonly SummaryRow[]): string {
  const table = [
    ['IMAGE', 'TAG', 'STATUS', 'SIZE', 'TIME', 'CACHE HITS', 'DIGEST'],
    ...rows.map((r) => [r.image, r.tag, r.status === 'unchanged' ? 'skipped (unchanged)' : r.status, r.size === undefined ? '-' : bytes(r.size), r.ms === undefined ? '-' : seconds(r.ms), `${r.cached}/${r.steps}`, r.digest === undefined ? '-' : shortDigest(r.digest)]),
  ];
  const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => row[col]!.length)));
  const pushed = rows.flatMap((r) => (r.pushed ?? []).map((ref) => `pushed ${ref}\n`));
  return table.map((row) => row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd()).join('\n') + '\n' + pushed.join('');
}

/**
 * A digest shortened for the table: algorithm and the first 12 hex digits.
 *
 * @example
 * shortDigest('sha256:a95e7f32a5c279e9741e3609f651653cd174081bf05f0101fa56d0c35a61c785'); // 'sha256:a95e7f32a5c2'
 */
export function shortDigest(digest: string): string {
  const [algorithm, hex] = digest.split(':');
  return hex === undefined ? digest : `${algorithm}:${hex.slice(0, 12)}`;
}

/**
 * A byte count as `7.3 MB` (decimal units, as docker prints them).
 *
 * @example
 * bytes(7_340_032); // '7.3 MB'
 */
export function bytes(n: number): string {
  if (n < 1000) return `${n} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = n / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
