import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every corpus and seed Dockerfile, as [name, path, text]. */
export function dockerfiles(): Array<[string, string, string]> {
  const dirs = [join(root, 'test/corpus/dockerfiles'), join(root, 'test/seed-examples')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('Dockerfile'))
      .sort()
      .map((f): [string, string, string] => [f, join(dir, f), readFileSync(join(dir, f), 'utf8')]),
  );
}
