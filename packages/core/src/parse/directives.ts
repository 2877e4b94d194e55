import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Directives } from '../model/image.js';
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
  const parts = file.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  const base = parts.at(-1) ?? '';
  let name = base.replace(/\.dockerfile$/i, '').replace(/^dockerfile\.?/i, '');
  if (name === '') name = parts.at(-2) ?? 'image';
  name = name.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-').replace(/^[^a-z0-9]+/, '');
  return name === '' ? 'image' : name;
}
