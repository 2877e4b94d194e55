/**
 * The manifest's file name inside the output folder: which files synth wrote, with their hashes.
 *
 * @example
 * files.filter((f) => f.path !== manifestName); // the generated files without the manifest
 */
export const manifestName = 'dsl-manifest.json';

/**
 * The lock file a running `dsl synth` holds in the output folder, so two runs never interleave.
 *
 * @example
 * join(outDir, outputLockName); // '/repo/.dsl/out/.dsl-synth.lock'
 */
export const outputLockName = '.dsl-synth.lock';

/**
 * The prefix of the files `dsl build` writes beside synth's (`dsl-build.json`,
 * `dsl-build.host-network.yaml`): never a Compose stack's file name.
 *
 * @example
 * 'dsl-build.json'.startsWith(buildFilePrefix); // true
 */
export const buildFilePrefix = 'dsl-build.';

/**
 * True for a name synth may write in its output folder: one path segment, not `.` or `..`,
 * not empty, no NUL.
 *
 * @example
 * isPlainName('api.Dockerfile'); // true
 * isPlainName('../x.yaml'); // false
 */
export function isPlainName(name: unknown): name is string {
  return typeof name === 'string' && /^[^/\\\0]+$/.test(name) && name !== '.' && name !== '..';
}
