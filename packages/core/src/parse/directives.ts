import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Directives } from '../image/image.js';
import { parseDiagnostic } from './codes.js';
import type { LineReader } from './lines.js';

const directivePattern = /^[ \t]*#[ \t]*([A-Za-z][A-Za-z0-9]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
const known = new Set(['syntax', 'escape', 'check']);

/**
 * Reads the parser directives (`# syntax=`, `# escape=`, `# check=`) at the top of the file,
 * as BuildKit does: keys are case-insensitive, scanning stops at the first line that is not a
 * known directive (an unknown directive, a comment, a blank line or an instruction), and that
 * line is left for the caller. Sets the reader's escape token.
 *
 * @example
 * readDirectives(new LineReader('# escape=`\nFROM x\n'), 'Dockerfile', []); // { escape: '`' }
 */
export function readDirectives(reader: LineReader, file: string, diagnostics: Diagnostic[]): Directives {
  const directives: Directives = {};
  const seen = new Set<string>();
  for (;;) {
    const line = reader.peek();
    if (line === undefined) break;
    const match = directivePattern.exec(line);
    if (!match) break;
    const key = match[1]!.toLowerCase();
    if (!known.has(key)) break;
    reader.index++;
    const source = { file, line: reader.index, column: line.indexOf('#') + 1, endLine: reader.index, endColumn: line.length + 1 };
    if (seen.has(key)) {
      diagnostics.push(parseDiagnostic('DSL5011', `only one ${key} parser directive can be used`, ['directives', key], source));
      continue;
    }
    seen.add(key);
    const value = match[2]!;
    if (key === 'escape') {
      if (value !== '\\' && value !== '`') {
        diagnostics.push(parseDiagnostic('DSL5010', `invalid escape token '${value}' does not match \` or \\`, ['directives', 'escape'], source));
        continue;
      }
      directives.escape = value;
      reader.escape = value;
    } else if (key === 'syntax') {
      directives.syntax = value;
    } else {
      directives.check = value;
    }
  }
  return directives;
}

/**
 * An image name for a Dockerfile path, as the model needs one: `api.Dockerfile` and
 * `Dockerfile.api` give `api`, a plain `Dockerfile` gives its folder's name.
 *
 * @example
 * imageNameFor('services/web/Dockerfile'); // 'web'
 */
export function imageNameFor(file: string | undefined): string {
  if (!file) return 'image';
  const [base, parent] = lastSegments(file);
  let name = withoutDockerfile(base ?? '');
  if (name === '') name = parent ?? 'image';
  name = name.toLowerCase();
  // The regular expressions only when the name holds a character they change.
  if (!isPlainName(name)) name = name.replace(/[^a-z0-9_.-]+/g, '-').replace(/^[^a-z0-9]+/, '');
  return name === '' ? 'image' : name;
}

/** The last two segments of a path other than '' and '.', last first. */
function lastSegments(file: string): [string | undefined, string | undefined] {
  let base: string | undefined;
  let end = file.length;
  while (end >= 0) {
    let start = end;
    while (start > 0 && file.charCodeAt(start - 1) !== 0x2f /* / */ && file.charCodeAt(start - 1) !== 0x5c /* \ */) start--;
    const segment = file.slice(start, end);
    if (segment !== '' && segment !== '.') {
      if (base !== undefined) return [base, segment];
      base = segment;
    }
    end = start - 1;
  }
  return [base, undefined];
}

/** `name` without a `.dockerfile` suffix, then without a `dockerfile` or `dockerfile.` prefix (ASCII case ignored). */
function withoutDockerfile(name: string): string {
  let end = name.length;
  if (end >= 11 && name.charCodeAt(end - 11) === 0x2e /* . */ && spellsAt(name, end - 10, 'dockerfile')) end -= 11;
  let start = 0;
  if (end >= 10 && spellsAt(name, 0, 'dockerfile')) start = end > 10 && name.charCodeAt(10) === 0x2e ? 11 : 10;
  return start === 0 && end === name.length ? name : name.slice(start, end);
}

function spellsAt(text: string, at: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if ((text.charCodeAt(at + i) | 0x20) !== lower.charCodeAt(i)) return false;
  return true;
}

/** Only a-z 0-9 _ . - and starting with a letter or digit: what the name rules leave as it is. */
function isPlainName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const alnum = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (!alnum && (i === 0 || (c !== 0x5f && c !== 0x2e && c !== 0x2d))) return false;
  }
  return true;
}
