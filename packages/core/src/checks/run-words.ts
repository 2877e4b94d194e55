/**
 * The words some RUN scripts mention, to test before tokenising them: `has('apt-get')` is false
 * only when no RUN can run `apt-get`.
 *
 * @example
 * const words: RunWords = runWords(['apt-get update']);
 * words.has('apt-get'); // true
 */
export interface RunWords {
  has(word: string): boolean;
}

/** What a script with ANSI-C quoting mentions: its escapes (`$'\x61pt'`) can spell any word. */
const everyWord: RunWords = Object.freeze({ has: () => true });

const LETTER = 1;
/** Characters the shell analysis can drop from inside a word: quoting (`ap"t-get"` runs `apt-get`) and the `}` of `${…}`. */
const QUOTING = 2;
const classes = new Uint8Array(128);
for (let c = 0x41; c <= 0x5a; c++) classes[c] = classes[c + 0x20] = LETTER;
classes[0x2d /* - */] = classes[0x5f /* _ */] = LETTER;
for (const c of '\'"\\\r}') classes[c.charCodeAt(0)] = QUOTING;

/**
 * The words of some RUN script texts: every run of letters, `-` and `_`, and where quotes,
 * backslashes, carriage returns or the `}` of `${…}` split a run into pieces, each run of consecutive pieces
 * joined without them (`in'stall'` → `in`, `stall`, `install`). A program name or argument the
 * shell analysis reads is such a word or starts with one (`/usr/bin/pip3.12 install` mentions
 * `pip` and `install`): the analysis ends words only where a run ends or at quoting, drops only
 * quoting from them, and takes a program's name after its last `/`, which ends a run. A script
 * with ANSI-C quoting (whose escapes can spell any word) or with a run of more than 16 quoting
 * characters mentions every word.
 *
 * @example
 * runWords(['DEBIAN_FRONTEND=noninteractive "apt-get" install -y curl2']).has('curl'); // true
 */
export function runWords(texts: readonly string[]): RunWords {
  const words = new Set<string>();
  for (const text of texts) {
    if (text.includes("$'") || addWords(text, words)) return everyWord;
  }
  return words;
}

const quotingCharacters = /['"\\\r}]/g;

/** Adds the words of `text`; true when it has too many readings to list (it then mentions every word). */
function addWords(text: string, words: Set<string>): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first >= 128 || classes[first] !== LETTER) {
      i++;
      continue;
    }
    const start = i;
    let quoting = false;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) break;
      const k = classes[c];
      if (k === QUOTING) quoting = true;
      else if (k !== LETTER) break;
    }
    // `<<-EOF` is the operator `<<-` and the word `EOF`.
    if (first === 0x2d /* - */ && afterHeredocOperator(text, start) && addWords(text.slice(start + 1, i), words)) return true;
    if (!quoting) {
      words.add(text.slice(start, i));
      continue;
    }
    // Quoting usually joins the pieces between it into one word, but not always: shell-quote
    // splits text at an unclosed quote, and a carriage return on a single line is a blank.
    // Every reading's words: each run of consecutive pieces.
    const pieces = text.slice(start, i).split(quotingCharacters);
    if (pieces.length > 17) return true;
    for (let from = 0; from < pieces.length; from++) {
      let word = '';
      for (let to = from; to < pieces.length; to++) {
        word += pieces[to];
        if (word !== '') words.add(word);
      }
    }
  }
  return false;
}

/** True when `<<` comes right before `at`, carriage returns aside (the analysis drops them between lines). */
function afterHeredocOperator(text: string, at: number): boolean {
  let i = at;
  for (let angles = 0; angles < 2; angles++) {
    i--;
    while (i >= 0 && text.charCodeAt(i) === 0x0d) i--;
    if (i < 0 || text.charCodeAt(i) !== 0x3c /* < */) return false;
  }
  return true;
}

/**
 * The part of a program name a script must mention to run it: its leading letters, `-` and `_`
 * (`python3` → `python`), or undefined when it starts with something else or holds a quoting
 * character (a quote inside double quotes is part of the word, but a run drops it).
 *
 * @example
 * mentionOf('pip3.12'); // 'pip'
 */
export function mentionOf(name: string): string | undefined {
  let end = 0;
  while (end < name.length) {
    const c = name.charCodeAt(end);
    if (c >= 128 || classes[c] !== LETTER) break;
    end++;
  }
  // A quote or backslash inside a word was quoted itself (`"it's"`), which a run drops.
  return end === 0 || /['"\\\r]/.test(name) ? undefined : name.slice(0, end);
}

/**
 * True when `word` is something `runWords` can find: letters, `-` and `_` only.
 *
 * @example
 * isMentionWord('apt-get'); // true
 * isMentionWord('pip3'); // false
 */
export function isMentionWord(word: string): boolean {
  return word.length > 0 && mentionOf(word) === word;
}
