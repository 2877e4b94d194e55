import { arg } from '../instructions/arg.js';
import type { ArgInstruction } from '../instructions/arg.js';
import type { BuildSettings, Directives, Image } from '../image/image.js';
import { captureSource, inheritSource } from '../model/source-location.js';
import type { Stage, Suppressions } from '../image/stage.js';
import type { JoinNames, TypeMessage } from '../model/type-message.js';
import { StageBuilder, type AnyStage } from './stage-builder.js';
import { stage as startStage, stageDependencies, toStage } from './stage-factory.js';
import type { ValidFromSource, ValidStageSource } from './valid-stage-source.js';
import type { FromSource } from './stage-sources.js';

const imageBuilderBrand = Symbol.for('dockerdsl.ImageBuilder');

/**
 * Image settings besides its stages.
 *
 * @example
 * const options: ImageOptions = { platforms: ['linux/amd64', 'linux/arm64'] };
 */
export interface ImageOptions<StageName extends string = string> extends Omit<BuildSettings, 'target'> {
  /**
   * The stage to build; must be one of the image's stages. Default: the last one.
   * @example target: 'runtime'
   */
  target?: StageName;
  /**
   * Global ARGs, declared before the first FROM (usable in FROM lines).
   * @example args: [arg('NODE_VERSION', '22')]
   */
  args?: ArgInstruction[];
  /**
   * Parser directives at the top of the Dockerfile.
   * @example directives: { check: 'error=true' }
   */
  directives?: Directives;
  /**
   * A comment at the top of the Dockerfile.
   * @example comment: 'The public API server'
   */
  comment?: string;
  /**
   * Rules not to report for this image, each with the reason.
   * @example ignore: { DSL3007: 'the base is rebuilt nightly on purpose' }
   */
  ignore?: Suppressions;
}

/**
 * What an image accepts as a stage: a handle or a plain stage object.
 *
 * @example
 * const stages: StageInput[] = [stage('build', { from: 'golang:1.22' })];
 */
export type StageInput = AnyStage | Stage;

type NameOf<T> = T extends StageBuilder<infer N, infer _K> ? N : T extends { name: infer N extends string } ? N : never;
type DuplicateName<S extends readonly unknown[], Seen extends string = never> = S extends readonly [infer H, ...infer R]
  ? [NameOf<H>] extends [never] ? DuplicateName<R, Seen> : string extends NameOf<H> ? DuplicateName<R, Seen> : [NameOf<H>] extends [Seen] ? NameOf<H> : DuplicateName<R, Seen | NameOf<H>>
  : never;
/** `unknown` when the literal stage names are unique, else a tuple naming the duplicate (a type error). */
type UniqueStageNames<S extends readonly unknown[]> = [DuplicateName<S>] extends [never] ? unknown : ['duplicate stage name', DuplicateName<S>];

type NamesOf<S extends readonly StageInput[]> = S[number] extends infer T ? (T extends StageBuilder<infer N, infer _K> ? N : T extends { name: infer N extends string } ? N : never) : never;

/**
 * An image under construction. Stages come from handles (`image('api', { stages: [build, runtime] })`)
 * or are added in order with `.stage(name, from, steps)`, where each stage may refer only to
 * stages already added — by handle or by a name the type system checks.
 *
 * @example
 * const api = image('api')
 *   .stage('build', 'golang:1.22', (s) => s.copy('.', '.').run('CGO_ENABLED=0 go build -o /out/app .'))
 *   .stage('runtime', 'scratch', (s) => s.copyFrom('build', '/out/app', '/app').entrypoint(['/app']));
 */
export class ImageBuilder<Stages extends string = never> {
  /** `instanceof` that also recognises builders made by another copy of @dockerdsl/core. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && imageBuilderBrand in value;
  }

  /** @internal */
  constructor(
    private readonly base: Omit<Image, 'stages'>,
    private readonly inputs: readonly StageInput[],
  ) {
    Object.defineProperty(this, imageBuilderBrand, { value: true });
  }

  /** The image name (it names the Dockerfile). */
  get name(): string {
    return this.base.name;
  }

  /**
   * Adds a stage after the existing ones. Later stages may refer to it by name, checked by the
   * type system (a misspelt name is an error that lists the declared stages).
   *
   * @param name - the new stage's name; must not be one the image already has
   * @param from - an image reference (`'golang:1.22'`), a stage handle or `{ stage }` of an earlier stage
   * @param build - receives the new stage's handle, which knows the earlier stage names, and returns it with steps
   * @param options - `platform`, `comment` and `ignore` of the stage
   * @example
   * image('api')
   *   .stage('build', 'golang:1.22', (s) => s.copy('.', '.').run('go build -o /out/app .'))
   *   .stage('runtime', 'scratch', (s) => s.copyFrom('build', '/out/app', '/app'));
   */
  stage<N extends string, const F extends FromSource<string>>(
    name: N & (N extends Stages ? TypeMessage<`stage '${N}' is already declared; declared: ${JoinNames<Stages>}`> : unknown),
    from: F & ValidFromSource<F, Stages>,
    build: (s: StageBuilder<N, Stages>) => StageBuilder<N, Stages> = (s) => s,
    options: { platform?: string; comment?: string; ignore?: Suppressions } = {},
  ): ImageBuilder<Stages | N> {
    const handle = startStage(name, { from: from as FromSource<never>, ...options }) as unknown as StageBuilder<N, Stages>;
    return new ImageBuilder(this.base, [...this.inputs, build(handle)]);
  }

  /**
   * Adds a global ARG (declared before the first FROM, usable in FROM lines).
   *
   * @param name - the argument's name
   * @param defaultValue - the value when the build does not pass one
   * @example
   * image('api').arg('GO_VERSION', '1.22').stage('build', 'golang:${GO_VERSION}');
   */
  arg(name: string, defaultValue?: string): ImageBuilder<Stages> {
    return new ImageBuilder({ ...this.base, args: [...(this.base.args ?? []), arg(name, defaultValue)] }, this.inputs);
  }

  /**
   * A copy with other settings (tags, build args, context, platforms, …); the stages stay.
   *
   * @param options - the settings to change
   * @example
   * api.with({ tags: ['acme/api:1.4.0'], platforms: ['linux/amd64', 'linux/arm64'] });
   */
  with(options: ImageOptions<Stages>): ImageBuilder<Stages> {
    return new ImageBuilder(inheritSource({ ...this.base, ...options }, this.base), this.inputs);
  }

  /**
   * The stage to build by default (the last one otherwise).
   *
   * @param name - one of the image's stages
   * @example
   * api.target('runtime');
   */
  target<const T extends string>(name: T & ValidStageSource<T, Stages>): ImageBuilder<Stages> {
    return new ImageBuilder(inheritSource({ ...this.base, target: name }, this.base), this.inputs);
  }

  /**
   * The plain image object: the listed stages plus every stage a handle depends on that was
   * not listed (added before its first user). Stage order is settled when compiling.
   *
   * @example
   * api.toImage().stages.map((s) => s.name); // ['build', 'runtime']
   */
  toImage(): Image {
    const stages: Stage[] = [];
    const seen = new Set<unknown>();
    const visit = (input: StageInput): void => {
      const key = toStage(input);
      if (seen.has(key)) return;
      seen.add(key);
      if (input instanceof StageBuilder) {
        for (const dep of stageDependencies(input)) {
          const listed = this.inputs.some((i) => (i instanceof StageBuilder ? i.name : i.name) === dep.name);
          if (!listed) visit(dep);
        }
      }
      stages.push(key);
    };
    this.inputs.forEach(visit);
    return inheritSource({ ...this.base, stages }, this.base);
  }
}

/**
 * Starts an image: from stage handles (`stages`), or empty, to add stages with `.stage(…)`.
 *
 * @param name - the image name; it names the generated `<name>.Dockerfile`
 * @param options - `stages` (handles or plain stages), `target`, `tags` and the other build settings
 * @example
 * export const api = image('api', { stages: [build, runtime], tags: ['acme/api:dev'] });
 */
export function image<const S extends readonly StageInput[]>(name: string, options: ImageOptions<NamesOf<S>> & { stages: S & UniqueStageNames<S> }): ImageBuilder<NamesOf<S>>;
export function image(name: string, options?: ImageOptions<never>): ImageBuilder<never>;
export function image(name: string, options: ImageOptions & { stages?: readonly StageInput[] } = {}): ImageBuilder<string> {
  const { stages = [], ...settings } = options;
  return new ImageBuilder(captureSource({ name, ...settings }), stages);
}

/**
 * Any way to give an image: a builder or a plain object.
 *
 * @example
 * const images: ImageInput[] = [api, { name: 'tool', stages: [{ from: 'busybox', steps: [] }] }];
 */
export type ImageInput = Image | ImageBuilder<string>;

/**
 * The plain image object of a builder or plain image.
 *
 * @example
 * toImage(api).stages.length;
 */
export function toImage(input: ImageInput): Image {
  return input instanceof ImageBuilder ? input.toImage() : input;
}
