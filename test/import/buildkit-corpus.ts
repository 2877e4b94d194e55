import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The folders of Dockerfiles the BuildKit round trip covers, with a short set name each. */
export const corpusSets: ReadonlyArray<{ set: string; dir: string }> = [
  { set: 'dockerfiles', dir: join(root, 'test/corpus/dockerfiles') },
  { set: 'checks', dir: join(root, 'test/corpus/checks') },
  { set: 'seeds', dir: join(root, 'test/seed-examples') },
];

/** Where the goldens live: BuildKit's reading of each file and of its round trip. */
export const readingsDir = join(root, 'test/corpus/buildkit');
/** Where the synthesised text of each file's import round trip is kept (a golden too). */
export const roundTripDir = join(root, 'test/corpus/round-trip');

/** What `dforacle` printed for one text: its reading, or BuildKit's error. */
export type OracleOutput = { error: string } | Record<string, unknown>;

/** One golden: BuildKit's reading of a corpus file and of the file its import synthesises. */
export interface BuildkitGolden {
  sha256: string;
  reading: OracleOutput;
  roundTrip?: { sha256: string; reading: OracleOutput };
}

/** One corpus file: its set, name, text and the paths of its goldens. */
export interface CorpusFile {
  set: string;
  name: string;
  text: string;
  golden: string;
  roundTrip: string;
}

/** Every corpus file, in a stable order. */
export function corpusFiles(): CorpusFile[] {
  return corpusSets.flatMap(({ set, dir }) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('Dockerfile'))
      .sort()
      .map((name) => ({ set, name, text: readFileSync(join(dir, name), 'utf8'), golden: join(readingsDir, set, `${name}.json`), roundTrip: join(roundTripDir, set, name) })),
  );
}

/** The hex SHA-256 of a text, which ties a golden to the text it was made from. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A file's golden, when there is one. */
export function readGolden(file: CorpusFile): BuildkitGolden | undefined {
  return existsSync(file.golden) ? (JSON.parse(readFileSync(file.golden, 'utf8')) as BuildkitGolden) : undefined;
}
