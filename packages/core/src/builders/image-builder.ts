import { arg } from '../instructions/arg.js';
import type { ArgInstruction } from '../instructions/arg.js';
import type { BuildSettings, Directives, Image } from '../model/image.js';
import { captureSource, inheritSource } from '../model/source-location.js';
import type { Stage, Suppressions } from '../model/stage.js';
import { stage as startStage, StageBuilder, type AnyStage, type FromSource } from './stage-builder.js';

const imageBuilderBrand = Symbol.for('dockerdsl.ImageBuilder');

/** Image settings besides its stages. */
export interface ImageOptions<StageName extends string = string> extends Omit<BuildSettings, 'target'> {
  /** The stage to build; must be one of the image's stages. */
  target?: StageName;
  args?: ArgInstruction[];
  directives?: Directives;
  comment?: string;
  ignore?: Suppressions;
}

/** What an image accepts as a stage: a handle or a plain stage object. */
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
   * Adds a stage after the existing ones. `from` is an image reference, a handle or
   * `{ stage: name }` of an earlier stage; `build` receives a handle that knows the earlier names.
   */
  stage<N extends string>(
    name: N & (N extends Stages ? never : unknown),
    from: FromSource<Stages>,
    build: (s: StageBuilder<N, Stages>) => StageBuilder<N, Stages> = (s) => s,
    options: { platform?: string; comment?: string; ignore?: Suppressions } = {},
  ): ImageBuilder<Stages | N> {
    const handle = startStage(name, { from: from as FromSource<never>, ...options }) as unknown as StageBuilder<N, Stages>;
    return new ImageBuilder(this.base, [...this.inputs, build(handle)]);
  }

  /** Adds a global ARG (declared before the first FROM, usable in FROM lines). */
  arg(name: string, defaultValue?: string): ImageBuilder<Stages> {
    return new ImageBuilder({ ...this.base, args: [...(this.base.args ?? []), arg(name, defaultValue)] }, this.inputs);
  }

  /** A copy with other settings. */
  with(options: ImageOptions<Stages>): ImageBuilder<Stages> {
    return new ImageBuilder(inheritSource({ ...this.base, ...options }, this.base), this.inputs);
  }

  /** The stage to build by default. */
  target(name: Stages): ImageBuilder<Stages> {
    return new ImageBuilder(inheritSource({ ...this.base, target: name }, this.base), this.inputs);
  }

  /**
   * The plain image object: the listed stages plus every stage a handle depends on that was
   * not listed (added before its first user). Stage order is settled when compiling.
   */
  toImage(): Image {
    const stages: Stage[] = [];
    const seen = new Set<unknown>();
    const visit = (input: StageInput): void => {
      const key = input instanceof StageBuilder ? input.toStage() : input;
      if (seen.has(key)) return;
      seen.add(key);
      if (input instanceof StageBuilder) {
        for (const dep of input.dependencies) {
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
 * Starts an image.
 *
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
