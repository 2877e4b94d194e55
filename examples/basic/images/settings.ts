// Base images and tags are parameters read from the environment, with public defaults: a team
// can point them at a mirror, and the tests point them at the local engine's images.
export const settings = {
  busybox: process.env.DSL_EXAMPLE_BUSYBOX ?? 'busybox:1.36',
  goBase: process.env.DSL_EXAMPLE_GO_BASE ?? 'golang:1.22-bookworm',
  tagPrefix: process.env.DSL_EXAMPLE_TAG_PREFIX ?? 'dsl-example',
};
