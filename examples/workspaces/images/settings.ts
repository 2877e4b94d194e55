/**
 * What changes between machines: the Debian base every image starts from and the prefix of
 * the image tags (the tests give each run its own). Both come from the environment.
 */
export const settings = {
  debian: process.env.DSL_WS_DEBIAN ?? 'local/debian:bookworm',
  tagPrefix: process.env.DSL_WS_TAG_PREFIX ?? 'ws-example',
};

/** The tag of a project image. */
export function tag(name: string): string {
  return `${settings.tagPrefix}/${name}:dev`;
}
