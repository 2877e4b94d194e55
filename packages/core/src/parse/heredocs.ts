import type { Heredoc } from '../instructions/heredoc.js';
import type { LineReader } from './lines.js';
import type { RawWord } from './words.js';

/** A `<<WORD` marker found in an instruction line. */
export interface HeredocMarker {
  /** The delimiter, without quotes. */
  name: string;
  quoted: boolean;
  stripTabs: boolean;
  /** Offset of the marker word in the logical line. */
  offset: number;
}

const markerPattern = /^(\d*)<<(-?)\s*([^<]*)$/;

/**
 * The heredoc marker a raw word holds, if any (BuildKit's pattern `^(\d*)<<(-?)\s*([^<]*)$`;
 * a quoted delimiter turns off expansion of the body).
 *
 * @example
 * heredocMarkerOf({ text: '<<-"EOF"', offset: 4, plain: false }); // { name: 'EOF', quoted: true, stripTabs: true, offset: 4 }
 */
export function heredocMarkerOf(word: RawWord): HeredocMarker | undefined {
  if (word.text.indexOf('<<') < 0) return undefined;
  const match = markerPattern.exec(word.text);
  if (!match) return undefined;
  let name = match[3]!;
  let quoted = false;
  const q = name[0];
  if ((q === '"' || q === "'") && name.length >= 2 && name[name.length - 1] === q) {
    name = name.slice(1, -1);
    quoted = true;
  }
  if (name === '' || /["'\s]/.test(name)) return undefined;
  return { name, quoted, stripTabs: match[2] === '-', offset: word.offset };
}

/**
 * Reads the body of one heredoc from the lines after the instruction, up to the line equal to
 * the delimiter (with leading tabs allowed for `<<-`). Returns `undefined` when the file ends
 * first; the reader is then at the end.
 *
 * @example
 * readHeredocBody(reader, { name: 'EOF', quoted: false, stripTabs: false, offset: 4 }); // { delimiter: 'EOF', body: '…' }
 */
export function readHeredocBody(reader: LineReader, marker: HeredocMarker): Heredoc | undefined {
  const body: string[] = [];
  for (;;) {
    const line = reader.nextPhysical();
    if (line === undefined) return undefined;
    const candidate = marker.stripTabs ? line.replace(/^\t+/, '') : line;
    if (candidate === marker.name) break;
    body.push(line);
  }
  const doc: Heredoc = { delimiter: marker.name, body: body.join('\n') };
  if (marker.quoted) doc.quoted = true;
  if (marker.stripTabs) doc.stripTabs = true;
  return doc;
}
