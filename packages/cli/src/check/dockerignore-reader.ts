import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The two file-system calls the reader makes; tests count them. */
export interface DockerignoreFs {
  readdir(dir: string): string[];
  readFile(file: string): string;
}

const nodeFs: DockerignoreFs = { readdir: (dir) => readdirSync(dir), readFile: (file) => readFileSync(file, 'utf8') };

/**
 * Finds the ignore rules that apply to a Dockerfile the way BuildKit does — `<Dockerfile>.dockerignore`
 * beside it first, else the `.dockerignore` of its folder (taken as the build context) — for a
 * whole `dsl check` run. Each folder is listed once and its `.dockerignore` read and split once,
 * so a folder of 300 Dockerfiles costs one listing and at most one read instead of 600 attempts
 * at files that mostly do not exist.
 *
 * @example
 * const ignores = new DockerignoreReader();
 * ignores.linesFor('/repo/api/Dockerfile'); // ['node_modules', '.git'] or undefined
 */
export class DockerignoreReader {
  private readonly listings = new Map<string, ReadonlySet<string>>();
  private readonly shared = new Map<string, readonly string[] | undefined>();

  constructor(private readonly fs: DockerignoreFs = nodeFs) {}

  /** The patterns (blank lines and comments dropped) for `dockerfile`, or undefined when it has none. */
  linesFor(dockerfile: string): readonly string[] | undefined {
    const dir = dirname(dockerfile);
    const names = this.listing(dir);
    const own = `${basename(dockerfile)}.dockerignore`;
    if (names.has(own)) return this.read(join(dir, own));
    if (!names.has('.dockerignore')) return undefined;
    if (!this.shared.has(dir)) this.shared.set(dir, this.read(join(dir, '.dockerignore')));
    return this.shared.get(dir);
  }

  private listing(dir: string): ReadonlySet<string> {
    let names = this.listings.get(dir);
    if (names === undefined) {
      try {
        names = new Set(this.fs.readdir(dir));
      } catch {
        names = new Set();
      }
      this.listings.set(dir, names);
    }
    return names;
  }

  private read(file: string): readonly string[] | undefined {
    try {
      return this.fs.readFile(file).split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
    } catch {
      return undefined; // a folder named .dockerignore, or a file unreadable to this user
    }
  }
}
