/**
 * Splits the plain progress of one `docker buildx bake` over its targets. BuildKit names each
 * vertex `[<target> …]` in a bake (`#7 [api build 2/4] RUN make`, `#12 [api] exporting to
 * image`); later lines of a vertex (`#7 CACHED`, `#7 DONE 1.2s`) carry only its number. Lines
 * are handed on with the vertex name's target prefix removed, so each target's log reads like a
 * single build's. A vertex two targets share is shown under the target BuildKit named. A bake
 * of one target names its vertices without the prefix: then every line is that target's, but
 * those of the project images it is built from (`others`), which are not its own steps.
 *
 * @example
 * const router = new BakeLogRouter(['base', 'api'], { line: (target, line) => logs.get(target)!.push(line) });
 * router.push('#7 [api build 2/4] RUN make'); // api gets '#7 [build 2/4] RUN make'
 */
export class BakeLogRouter {
  private readonly owner = new Map<string, string>();
  private errorTarget: string | undefined;
  private readonly errorTargets = new Set<string>();

  private readonly exportIds = new Set<string>();
  private readonly foreign = new Set<string>();

  constructor(
    private readonly targets: readonly string[],
    private readonly on: {
      /** A line of a target's build, with the target prefix removed. */
      line: (target: string, line: string) => void;
      /** The target's image was exported (written, loaded or pushed). */
      exported?: (target: string) => void;
      /** A line no target owns (bake's own header and errors without a vertex). */
      other?: (line: string) => void;
      /**
       * The target a step really belongs to: BuildKit names a vertex that two targets share
       * (an image and the project image it is built FROM) after either of them.
       */
      ownerOf?: (named: string, step: string) => string;
    },
    /** Names of the other bake targets, for a bake of a single target. */
    private readonly others: readonly string[] = [],
  ) {}

  push(line: string): void {
    const named = /^#(\d+) \[([^\] ]+)(?: ([^\]]*))?\](.*)$/.exec(line);
    if (named && this.targets.includes(named[2]!)) {
      const [, id, , rest, tail] = named;
      const target = rest === undefined || !this.on.ownerOf ? named[2]! : this.on.ownerOf(named[2]!, tail!.trim());
      if (!this.targets.includes(target)) {
        // A step of a project image this bake only builds as a dependency: not a target's own.
        this.foreign.add(id!);
        this.on.other?.(line);
        return;
      }
      this.owner.set(id!, target);
      if (rest === undefined && /^ exporting to /.test(tail!)) this.exportIds.add(id!);
      this.on.line(target, rest === undefined ? `#${id} [${target}]${tail}` : `#${id} [${rest}]${tail}`);
      return;
    }
    const vertex = /^#(\d+) /.exec(line);
    if (this.targets.length === 1 && vertex && !this.owner.has(vertex[1]!) && !this.foreign.has(vertex[1]!)) {
      // The first line of a vertex is its name.
      if (named && this.others.includes(named[2]!)) this.foreign.add(vertex[1]!);
      else this.owner.set(vertex[1]!, this.targets[0]!);
      if (/^#\d+ exporting to /.test(line)) this.exportIds.add(vertex[1]!);
    }
    const target = vertex ? this.owner.get(vertex[1]!) : undefined;
    if (target !== undefined) {
      if (/^#\d+ ERROR: /.test(line)) {
        this.errorTarget = target;
        this.errorTargets.add(target);
      }
      this.on.line(target, line);
      if (this.exportIds.has(vertex![1]!) && /^#\d+ DONE\b/.test(line)) this.on.exported?.(target);
      return;
    }
    // BuildKit's error block and bake's final error follow the failing vertex.
    if (this.errorTarget !== undefined && !/^#\d+ /.test(line)) this.on.line(this.errorTarget, line);
    else this.on.other?.(line);
  }

  /** The target whose vertex failed last, if any. */
  get failedTarget(): string | undefined {
    return this.errorTarget;
  }

  /** Every target a vertex of which failed (siblings bake cancelled are not among them). */
  get failedTargets(): string[] {
    return [...this.errorTargets];
  }
}
