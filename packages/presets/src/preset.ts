import { image, renameStage, type AnyStage, type Image, type ImageBuilder, type ImageOptions } from '@dockerdsl/core';

/**
 * The named stage handles of a preset.
 *
 * @example
 * const stages: StageMap = { build: stage('build', { from: 'golang:1.23' }) };
 */
export type StageMap = Record<string, AnyStage>;

/**
 * What a preset returns: its stage handles by role (`deps`, `build`, `runtime`, …) and the image
 * they make. Every method returns a new preset, so one preset value can be varied many ways.
 * Stages keep their names when changed, so the other stages' `copyFrom` and `from` references
 * still hold; the runtime stage stays last and is the build target.
 *
 * @example
 * const web = nodeApp({ name: 'web' })
 *   .change('build', (s) => s.run('npm test'))              // add steps to one stage
 *   .add('lint', (st) => stage('lint', { from: st.deps }).copy('.', '.').run('npm run lint'))
 *   .withImage({ tags: ['acme/web:dev'] });
 * export default defineConfig({ images: [web.image()] });
 */
export class Preset<S extends StageMap, Final extends keyof S & string> {
  constructor(
    /** The image name (it names the Dockerfile). */
    readonly name: string,
    /** The stage handles by role. */
    readonly stages: Readonly<S>,
    /** The role of the stage that is built and run. */
    readonly final: Final,
    /** Image settings (tags, build args, context, …). */
    readonly options: ImageOptions = {},
  ) {}

  /**
   * A copy where one stage is changed by `change`, which gets the stage and all the stages and
   * returns a handle (usually the stage plus steps). The result keeps the stage's name.
   *
   * @param role - the stage's role in the preset (`'build'`, `'runtime'`, …)
   * @param change - gets the stage and all the stages; returns the changed handle
   * @example
   * goApp({ name: 'api' }).change('runtime', (s) => s.env({ GODEBUG: 'madvdontneed=1' }));
   */
  change<K extends keyof S & string>(role: K, change: (handle: S[K], stages: Readonly<S>) => AnyStage): Preset<S, Final> {
    const current = this.stages[role];
    const next = renameStage(change(current, this.stages), current.name) as S[K];
    return new Preset<S, Final>(this.name, { ...this.stages, [role]: next } as S, this.final, this.options);
  }

  /**
   * A copy with one stage replaced by another handle (renamed to the replaced stage's name, so
   * references to it still hold).
   *
   * @param role - the stage's role in the preset
   * @param handle - the stage that takes its place
   * @example
   * nodeApp({ name: 'web' }).replace('build', stage('build', { from: 'node:22' }).copy('.', '.').run('make'));
   */
  replace<K extends keyof S & string>(role: K, handle: AnyStage): Preset<S, Final> {
    return this.change(role, () => handle);
  }

  /**
   * A copy with one more stage (a test or lint stage, an asset build), made from the existing
   * ones. It goes before the final stage, which stays the build target.
   *
   * @param role - a new role, not one the preset has
   * @param make - gets the existing stages; returns the new stage
   * @example
   * pythonApp({ name: 'worker' }).add('test', (st) => stage('test', { from: st.build }).run('python3 -m unittest'));
   */
  add<K extends string>(role: K & (K extends keyof S ? never : unknown), make: (stages: Readonly<S>) => AnyStage): Preset<S & Record<K, AnyStage>, Final> {
    const stages = { ...this.stages, [role]: make(this.stages) } as S & Record<K, AnyStage>;
    return new Preset<S & Record<K, AnyStage>, Final>(this.name, stages, this.final, this.options);
  }

  /**
   * A copy with other image settings (merged over the current ones).
   *
   * @param options - image settings: `tags`, `buildArgs`, `platforms`, `context`, …
   * @example
   * preset.withImage({ tags: ['acme/api:1.4.2'], buildArgs: { VERSION: '1.4.2' } });
   */
  withImage(options: ImageOptions): Preset<S, Final> {
    return new Preset(this.name, this.stages, this.final, { ...this.options, ...options });
  }

  /**
   * A copy under another image name.
   *
   * @param name - the new image name (it names the Dockerfile)
   * @example
   * preset.renamed('api-debug');
   */
  renamed(name: string): Preset<S, Final> {
    return new Preset(name, this.stages, this.final, this.options);
  }

  /**
   * The image builder: every stage in role order with the final stage last and as the target.
   *
   * @example
   * toDockerfile(goApp({ name: 'api' }).image());
   */
  image(): ImageBuilder<string> {
    const roles = Object.keys(this.stages).filter((role) => role !== this.final);
    const ordered: AnyStage[] = [...roles.map((role) => this.stages[role]!), this.stages[this.final]];
    const { target: _ignored, ...settings } = this.options;
    return image(this.name, { ...settings, stages: ordered }).target(this.stages[this.final].name);
  }

  /**
   * The plain image object.
   *
   * @example
   * goApp({ name: 'api' }).toImage().stages.map((s) => s.name); // ['build', 'runtime']
   */
  toImage(): Image {
    return this.image().toImage();
  }
}
