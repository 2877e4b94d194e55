/**
 * A file path relative to `cwd` with forward slashes, for output that must not carry absolute
 * host paths.
 *
 * @example
 * relativePath('/repo/services/api/Dockerfile', '/repo'); // 'services/api/Dockerfile'
 */
export function relativePath(file: string, cwd: string): string {
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return (file.startsWith(prefix) ? file.slice(prefix.length) : file).replace(/\\/g, '/');
}
