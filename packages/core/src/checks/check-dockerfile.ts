import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Image } from '../image/image.js';
import { parseDockerfileLines } from '../parse/parse-dockerfile.js';
import { checkOne, type CheckOptions, type CheckResult } from './check-images.js';
import { ruleRegistry } from './registry.js';
import { shouldFail } from './severity-config.js';
import { sortBySource } from './source-order.js';
import { commentIgnores } from './suppressions.js';

/**
 * Options of `checkDockerfile`.
 *
 * @example
 * const options: DockerfileCheckOptions = { file: 'services/api/Dockerfile', dockerignore: ['node_modules'] };
 */
export interface DockerfileCheckOptions extends CheckOptions {
  /** The file name shown in source locations (default `Dockerfile`). */
  file?: string;
  /** Lines of the `.dockerignore` beside it, for CopyIgnoredFile. */
  dockerignore?: readonly string[];
}

/**
 * Parses a Dockerfile and runs every rule on it, with line numbers. Honours
 * `# dsl ignore=CODE` (and `# hadolint ignore=DLxxxx`) comments on the next instruction,
 * `# dsl global ignore=…` for the file, and BuildKit's `# check=skip=…;error=true` directive.
 * Never throws, whatever the text.
 *
 * @example
 * const { ok, diagnostics } = checkDockerfile(readFileSync('Dockerfile', 'utf8'), { file: 'Dockerfile' });
 */
export function checkDockerfile(text: string, options: DockerfileCheckOptions = {}): CheckResult & { image?: Image } {
  const file = options.file ?? 'Dockerfile';
  // The parser's own lines (carriage returns and a byte order mark removed), not a second split.
  const parsed = parseDockerfileLines(text, { file });
  const lines = parsed.lines;
  const ignores = commentIgnores(lines);
  let diagnostics: Diagnostic[] = parsed.diagnostics;
  if (parsed.image) {
    const image = options.dockerignore ? { ...parsed.image, dockerignore: [...options.dockerignore] } : parsed.image;
    const rules = options.rules ?? ruleRegistry(options.policies);
    const found = checkOne(image, rules, options, [], { file, lines, ignores });
    diagnostics = diagnostics.length === 0 ? found : [...diagnostics, ...found];
  }
  if (ignores.file.size > 0 || ignores.lines.size > 0) {
    diagnostics = diagnostics.filter((d) => {
      if (ignores.file.has(d.code) || ignores.file.has(d.rule)) return false;
      const onLine = d.source ? ignores.lines.get(d.source.line) : undefined;
      return !(onLine && (onLine.has(d.code) || onLine.has(d.rule)));
    });
  }
  if (diagnostics.length > 1) sortBySource(diagnostics);
  return { ok: !shouldFail(diagnostics, options), diagnostics, ...(parsed.image ? { image: parsed.image } : {}) };
}
