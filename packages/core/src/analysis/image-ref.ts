/**
 * The parts of an image reference as written in FROM or `--from`.
 *
 * @example
 * parseImageRef('registry.example:5000/team/app:1.2@sha256:abc'); // { name: 'registry.example:5000/team/app', tag: '1.2', digest: 'sha256:abc', variable: false }
 */
export interface ImageRefParts {
  name: string;
  tag?: string;
  digest?: string;
  /** The reference holds a `$variable`, so its final value is known only at build time. */
  variable: boolean;
}

/**
 * Splits an image reference into name, tag and digest.
 *
 * @example
 * parseImageRef('alpine').tag; // undefined
 */
export function parseImageRef(ref: string): ImageRefParts {
  let rest = ref;
  const parts: ImageRefParts = { name: ref, variable: ref.includes('$') };
  const at = rest.indexOf('@');
  if (at >= 0) {
    parts.digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/') && !rest.slice(colon).includes('}')) {
    parts.tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  parts.name = rest;
  return parts;
}
