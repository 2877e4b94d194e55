import { z } from 'zod';
import { argSchema, type ArgInstruction } from '../instructions/arg.js';
import { stageSchema, type Stage, type Suppressions } from './stage.js';
import { singleLine } from '../model/primitives.js';
import { buildInputsSchema, type BuildInputs } from '../build-inputs/build-inputs.js';
import { supplyChainSchema, type SupplyChain } from '../build-inputs/supply-chain.js';

/**
 * Parser directives at the top of the Dockerfile.
 *
 * @example
 * const d: Directives = { syntax: 'docker/dockerfile:1.7', check: 'error=true' };
 */
export interface Directives {
  syntax?: string;
  escape?: '\\' | '`';
  check?: string;
}

/**
 * How the image is built: what `dsl build`, bake and compose need besides the Dockerfile.
 *
 * @example
 * const b: BuildSettings = { context: '.', tags: ['acme/api:dev'], platforms: ['linux/amd64'] };
 */
export interface BuildSettings {
  /**
   * The build context, relative to the config file. Default `.`.
   * @example context: '../..'
   */
  context?: string;
  /**
   * The stage to build (`--target`). Default: the last stage.
   * @example target: 'runtime'
   */
  target?: string;
  /**
   * Names to tag the built image with (`--tag`).
   * @example tags: ['acme/api:1.4.0', 'acme/api:latest']
   */
  tags?: string[];
  /**
   * Values of the image's ARGs for the build (`--build-arg`).
   * @example buildArgs: { NODE_VERSION: '22' }
   */
  buildArgs?: Record<string, string>;
  /**
   * Platforms to build for (`--platform`); several make a multi-platform image.
   * @example platforms: ['linux/amd64', 'linux/arm64']
   */
  platforms?: string[];
  /**
   * Lines of `<name>.Dockerfile.dockerignore`: what the build context leaves out.
   * @example dockerignore: ['.git', 'node_modules', '*.log']
   */
  dockerignore?: string[];
  /**
   * External caches to read layers from (`--cache-from`).
   * @example cacheFrom: ['type=registry,ref=registry.acme.dev/api:cache']
   */
  cacheFrom?: string[];
  /**
   * Where to export the build cache (`--cache-to`).
   * @example cacheTo: ['type=registry,ref=registry.acme.dev/api:cache,mode=max']
   */
  cacheTo?: string[];
  /**
   * Secrets, SSH agents, named contexts and entitlements the build takes from outside.
   * @example inputs: { secrets: [{ id: 'npm', env: 'NPM_TOKEN' }] }
   */
  inputs?: BuildInputs;
  /**
   * SBOM/provenance attestations and OCI annotations.
   * @example supplyChain: { sbom: true, provenance: 'max' }
   */
  supplyChain?: SupplyChain;
}

/**
 * A container image: global ARGs, stages and build settings. Compiles to one Dockerfile.
 *
 * @example
 * const img: Image = { name: 'hello', stages: [{ from: 'busybox', steps: [{ kind: 'cmd', command: ['echo', 'hi'] }] }] };
 */
export interface Image extends BuildSettings {
  name: string;
  /** ARGs before the first FROM, usable in FROM lines. */
  args?: ArgInstruction[];
  stages: Stage[];
  directives?: Directives;
  /** A comment at the top of the file. */
  comment?: string;
  ignore?: Suppressions;
}

const word = z.string().min(1).regex(/^\S+$/, { error: 'cannot contain white space' });

/**
 * Schema of an image.
 *
 * @example
 * const result = imageSchema.safeParse(image('api', { stages: [runtime] }).toImage());
 */
export const imageSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, { error: 'an image name is lower-case letters, digits, -, _ and . (it names the Dockerfile)' }),
  args: z.array(argSchema).optional(),
  stages: z.array(stageSchema).min(1, { error: 'an image needs at least one stage' }),
  directives: z
    .strictObject({
      syntax: singleLine('the syntax directive').pipe(word).optional(),
      escape: z.enum(['\\', '`'], { error: 'the escape directive is \\ or `' }).optional(),
      check: singleLine('the check directive').pipe(word).optional(),
    })
    .optional(),
  comment: z.string().optional(),
  ignore: z.record(z.string(), z.string()).optional(),
  context: z.string().min(1).optional(),
  target: z.string().min(1).optional(),
  tags: z.array(word).optional(),
  buildArgs: z.record(z.string(), z.string()).optional(),
  platforms: z.array(word).optional(),
  dockerignore: z.array(singleLine('a .dockerignore line')).optional(),
  cacheFrom: z.array(word).optional(),
  cacheTo: z.array(word).optional(),
  inputs: buildInputsSchema.optional(),
  supplyChain: supplyChainSchema.optional(),
});
