/**
 * A platform in the form registries and BuildKit compare: lower-case `os/arch[/variant]`, with
 * the defaults containerd fills in (`arm64/v8` is `arm64`; a bare `arm` is `arm/v7`).
 *
 * @example
 * normalizePlatform('Linux/ARM64/v8'); // 'linux/arm64'
 */
export function normalizePlatform(platform: string): string {
  const [os = '', arch = '', variant] = platform.trim().toLowerCase().split('/');
  if (arch === 'arm64' && (variant === undefined || variant === 'v8')) return `${os}/arm64`;
  if (arch === 'arm' && variant === undefined) return `${os}/arm/v7`;
  if (arch === 'amd64' && variant === 'v1') return `${os}/amd64`;
  return variant === undefined ? `${os}/${arch}` : `${os}/${arch}/${variant}`;
}

/**
 * Whether `platform` can be pulled from an image offering `offered`. An `amd64/v2`-style
 * request is met by plain `amd64`, as BuildKit falls back to it.
 *
 * @example
 * offersPlatform(['linux/amd64', 'linux/arm64/v8'], 'linux/arm64'); // true
 */
export function offersPlatform(offered: readonly string[], platform: string): boolean {
  const wanted = normalizePlatform(platform);
  const have = new Set(offered.map(normalizePlatform));
  if (have.has(wanted)) return true;
  const [os, arch] = wanted.split('/');
  return arch === 'amd64' && have.has(`${os}/amd64`);
}

/**
 * Whether a platform value is known before the build: not a `$VARIABLE` and not `local`.
 *
 * @example
 * isLiteralPlatform('$BUILDPLATFORM'); // false
 */
export function isLiteralPlatform(platform: string): boolean {
  return !platform.includes('$') && platform.includes('/');
}
