/**
 * A `.dockerignore` that admits only what an image's COPY instructions read from a monorepo:
 * everything is excluded (`*`), then each listed path is let back in, then what must never be
 * sent (dependencies installed on the host, build outputs, VCS folders) is excluded again below
 * them. The context BuildKit sends then holds one package's closure, not the repository.
 *
 * @param paths - the paths the build needs
 * @param excludedBelow - paths inside them to leave out all the same
 * @example
 * allowOnlyDockerignore(['package.json', 'apps/api'], ['dist']);
 * // ['*', '!package.json', '!apps/api', '**\/node_modules', '**\/.git', 'apps/api/dist']
 */
export function allowOnlyDockerignore(paths: readonly string[], excludedBelow: readonly string[]): string[] {
  return ['*', ...[...new Set(paths)].map((p) => `!${p}`), '**/node_modules', '**/.git', ...excludedBelow];
}
