/** What one image's build has shown so far, read from its progress output. */
export interface BuildLogState {
  /** Steps seen (vertices named `[stage n/m] …` other than FROM). */
  steps: number;
  /** Of those, steps BuildKit (or the classic builder) took from the cache. */
  cached: number;
  /** The step shown last, e.g. `[runtime 2/4] COPY --from=build /out/app /app`. */
  current?: string;
  /** `n/m` of the step shown last. */
  position?: string;
  /** The step that failed. */
  failedStep?: string;
  /** Docker's own error text. */
  errorLines: string[];
}

/**
 * Reads BuildKit's `--progress plain` output (and the classic builder's `Step n/m` output) line
 * by line into a `BuildLogState`: which step runs, how many were cached, what failed.
 *
 * @example
 * const log = new BuildLog();
 * log.push('#7 [2/3] RUN make');
 * log.push('#7 CACHED');
 * log.state; // { steps: 1, cached: 1, position: '2/3', … }
 */
export class BuildLog {
  readonly state: BuildLogState = { steps: 0, cached: 0, errorLines: [] };
  private readonly names = new Map<string, string>();
  private readonly cachedIds = new Set<string>();
  private inErrorBlock = false;

  push(line: string): void {
    const s = this.state;
    const vertex = /^#(\d+) (\[[^\]]*\b(\d+\/\d+)\] .*)$/.exec(line);
    if (vertex) {
      const [, id, name, position] = vertex;
      if (!this.names.has(id!) && !/^\[[^\]]*\] FROM /.test(name!)) s.steps++;
      this.names.set(id!, name!);
      s.current = name!;
      s.position = position!;
      return;
    }
    const cached = /^#(\d+) CACHED$/.exec(line);
    if (cached && this.names.has(cached[1]!) && !this.cachedIds.has(cached[1]!) && !/^\[[^\]]*\] FROM /.test(this.names.get(cached[1]!)!)) {
      this.cachedIds.add(cached[1]!);
      s.cached++;
      return;
    }
    const error = /^#(\d+) ERROR: (.*)$/.exec(line);
    if (error) {
      s.failedStep ??= this.names.get(error[1]!);
      s.errorLines.push(error[2]!);
      return;
    }
    const classic = /^Step (\d+\/\d+) : (.*)$/.exec(line);
    if (classic) {
      if (!/^FROM /i.test(classic[2]!)) s.steps++;
      s.current = classic[2]!;
      s.position = classic[1]!;
      return;
    }
    if (/^ ---> Using cache$/.test(line)) {
      s.cached++;
      return;
    }
    if (line === '------' || /^(?:ERROR|error): /.test(line) || /^The command '.*' returned a non-zero code/.test(line)) this.inErrorBlock = true;
    if (this.inErrorBlock && line.trim() !== '') s.errorLines.push(line);
    if (s.failedStep === undefined && /returned a non-zero code/.test(line)) s.failedStep = s.current;
  }
}
