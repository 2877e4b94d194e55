/**
 * The words some RUN scripts mention, to test before tokenising them: `has('apt-get')` is false
 * only when no RUN can run `apt-get` (true may still be a word the scripts do not hold).
 *
 * @example
 * const words: RunWords = runWords(['apt-get update']);
 * words.has('apt-get'); // true
 */
export interface RunWords {
  has(word: string): boolean;
  /** True when the scripts may mention one of the words (`mentionKeys` works out their keys once). */
  hasAny(words: MentionKeys): boolean;
}

/**
 * Words to test together with `RunWords.hasAny`, hashed once: a rule's list is tested for every
 * image, and hashing it each time cost more than the test.
 *
 * @example
 * const fetchers = mentionKeys(['curl', 'wget']);
 * runWords(['curl -fsSL https://example.test']).hasAny(fetchers); // true
 */
export interface MentionKeys {
  readonly keys: Int32Array;
  /** Some word is not letters, `-` and `_` only, so no script can be ruled out. */
  readonly always: boolean;
}

/**
 * The keys of some words, for `RunWords.hasAny`.
 *
 * @example
 * mentionKeys(['apt-get', 'apt']).keys.length; // 2
 */
export function mentionKeys(words: readonly string[]): MentionKeys {
  const keys = new Int32Array(words.length);
  let always = false;
  words.forEach((word, i) => {
    const key = keyOf(word);
    if (key === undefined) always = true;
    else keys[i] = key;
  });
  return { keys, always };
}

/** What a script with ANSI-C quoting mentions: its escapes (`$'\x61pt'`) can spell any word. */
const everyWord: RunWords = Object.freeze({ has: () => true, hasAny: () => true });

const LETTER = 1;
/** Characters the shell analysis can drop from inside a word: quoting (`ap"t-get"` runs `apt-get`) and the `}` of `${…}`. */
const QUOTING = 2;
const classes = new Uint8Array(128);
for (let c = 0x41; c <= 0x5a; c++) classes[c] = classes[c + 0x20] = LETTER;
classes[0x2d /* - */] = classes[0x5f /* _ */] = LETTER;
for (const c of '\'"\\\r}') classes[c.charCodeAt(0)] = QUOTING;

/**
 * The words of some RUN script texts: every run of letters, `-` and `_`, and where quotes,
 * backslashes, carriage returns or the `}` of `${…}` split a run into pieces, each run of
 * consecutive pieces joined without them (`in'stall'` → `in`, `stall`, `install`). A program
 * name or argument the shell analysis reads is such a word or starts with one
 * (`/usr/bin/pip3.12 install` mentions `pip` and `install`): the analysis ends words only where
 * a run ends or at quoting, drops only quoting from them, and takes a program's name after its
 * last `/`, which ends a run. Scripts of more than 512 characters in all, with ANSI-C quoting
 * (whose escapes can spell any word) or with a run of more than 16 quoting characters mention
 * every word.
 *
 * The words are kept as hashes in a small Bloom filter, not as strings: most are never asked
 * about, and slicing and hashing each one cost more than tokenising the script.
 *
 * @example
 * runWords(['DEBIAN_FRONTEND=noninteractive "apt-get" install -y curl2']).has('curl'); // true
 */
export function runWords(texts: readonly string[]): RunWords {
  let length = 0;
  for (const text of texts) length += text.length;
  if (length > MAX_LENGTH) return everyWord;
  const filter = new WordFilter();
  for (const text of texts) {
    if (text.includes("$'")) return everyWord;
    // Read as UTF-8 bytes: several times faster than charCodeAt on the joined strings RUN text is
    // made of, and the same for the scan, as ASCII stays itself and every other byte ends a run.
    if (bytes.length < 3 * text.length) bytes = new Uint8Array(3 * text.length + 64);
    const { written } = encoder.encodeInto(text, bytes);
    if (!addWords(bytes, 0, written, filter)) return everyWord;
  }
  return filter;
}

/**
 * Scripts longer than this in all are taken to mention every word: long scripts nearly always
 * run some program a rule looks for, so they are tokenised anyway, and reading their words
 * first (a third of what tokenising costs) would only add to that.
 */
const MAX_LENGTH = 512;

const encoder = new TextEncoder();
let bytes = new Uint8Array(4096);

/**
 * The filter: 1,024 bits, two a word, so the ~40 words of a few short RUNs give about 0.5 %
 * false hits (and scripts long enough to hold 170, about 9 %). Kept as 64 numbers of 16 bits in
 * a plain array: a typed array of this size lives outside the heap and took ~400 ns to make,
 * a third of reading a short script.
 */
class WordFilter implements RunWords {
  readonly bits: number[] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  ];

  add(hash: number): void {
    const key = mix(hash);
    this.bits[(key >>> 4) & 63]! |= 1 << (key & 15);
    this.bits[(key >>> 14) & 63]! |= 1 << ((key >>> 10) & 15);
  }

  has(word: string): boolean {
    const key = keyOf(word);
    return key === undefined || this.holds(key); // a word no run can hold cannot be ruled out
  }

  hasAny(words: MentionKeys): boolean {
    if (words.always) return true;
    const keys = words.keys;
    for (let i = 0; i < keys.length; i++) if (this.holds(keys[i]!)) return true;
    return false;
  }

  private holds(key: number): boolean {
    return (this.bits[(key >>> 4) & 63]! & (1 << (key & 15))) !== 0 && (this.bits[(key >>> 14) & 63]! & (1 << ((key >>> 10) & 15))) !== 0;
  }
}

// Rules ask about the same few dozen words for every image: their keys are worked out once.
let keys = new Map<string, number | undefined>();

/** The mixed hash of a word `runWords` can hold, or undefined for any other word. */
function keyOf(word: string): number | undefined {
  let key = keys.get(word);
  if (key === undefined && !keys.has(word)) {
    if (isMentionWord(word)) {
      let hash = 0;
      for (let i = 0; i < word.length; i++) hash = step(hash, word.charCodeAt(i));
      key = mix(hash);
    }
    if (keys.size >= 4096) keys = new Map();
    keys.set(word, key);
  }
  return key;
}

/** The hash of a word extended by one character (the same for a run read from text and for a word asked about). */
function step(hash: number, code: number): number {
  return (Math.imul(hash, 0x01000193) ^ code) | 0;
}

/** Spreads a word's hash over all 32 bits before its bits pick filter positions. */
function mix(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
}

/** Most quoting characters a run may hold before the script counts as mentioning every word. */
const MAX_SPLITS = 16;
/** Where quoting splits the current run, `splits[0, splitCount)` (reused: runs rarely hold any). */
const splits = new Int32Array(MAX_SPLITS + 1);
let splitCount = 0;

/** Adds the words of `text[from, to)`; false when a run has too many readings to list. */
function addWords(text: Uint8Array, from: number, to: number, filter: WordFilter): boolean {
  let i = from;
  while (i < to) {
    const first = text[i]!;
    if (first >= 128 || classes[first] !== LETTER) {
      i++;
      continue;
    }
    const start = i;
    let hash = step(0, first);
    let quoting = false;
    for (i++; i < to; i++) {
      const c = text[i]!;
      if (c >= 128) break;
      const k = classes[c];
      if (k === LETTER) hash = step(hash, c);
      else if (k === QUOTING) quoting = true;
      else break;
    }
    // `<<-EOF` is the operator `<<-` and the word `EOF`.
    if (first === 0x2d /* - */ && afterHeredocOperator(text, start) && !addWords(text, start + 1, i, filter)) return false;
    if (!quoting) {
      filter.add(hash);
      continue;
    }
    // Quoting usually joins the pieces between it into one word, but not always: shell-quote
    // splits text at an unclosed quote, and a carriage return on a single line is a blank.
    // Every reading's words: each run of consecutive pieces.
    if (!addReadings(text, start, i, filter)) return false;
  }
  return true;
}

/** Adds every run of consecutive pieces of `text[start, end)`; false when quoting splits it into too many. */
function addReadings(text: Uint8Array, start: number, end: number, filter: WordFilter): boolean {
  splitCount = 0;
  for (let j = start; j < end; j++) {
    if (classes[text[j]!] !== QUOTING) continue;
    if (splitCount === MAX_SPLITS) return false;
    splits[splitCount++] = j;
  }
  for (let s = -1; s < splitCount; s++) {
    let hash = 0;
    let empty = true;
    for (let j = s < 0 ? start : splits[s]! + 1; j < end; j++) {
      const c = text[j]!;
      if (classes[c] === QUOTING) {
        if (!empty) filter.add(hash);
        continue;
      }
      hash = step(hash, c);
      empty = false;
    }
    if (!empty) filter.add(hash);
  }
  return true;
}

/** True when `<<` comes right before `at`, carriage returns aside (the analysis drops them between lines). */
function afterHeredocOperator(text: Uint8Array, at: number): boolean {
  let i = at;
  for (let angles = 0; angles < 2; angles++) {
    i--;
    while (i >= 0 && text[i] === 0x0d) i--;
    if (i < 0 || text[i] !== 0x3c /* < */) return false;
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
  const end = letters(name);
  return end === 0 || /['"\\\r}]/.test(name) ? undefined : name.slice(0, end);
}

/**
 * True when `word` is something `runWords` can find: letters, `-` and `_` only.
 *
 * @example
 * isMentionWord('apt-get'); // true
 * isMentionWord('pip3'); // false
 */
export function isMentionWord(word: string): boolean {
  return word.length > 0 && letters(word) === word.length;
}

/** How many of the word's first characters are letters, `-` or `_`. */
function letters(word: string): number {
  let end = 0;
  while (end < word.length) {
    const c = word.charCodeAt(end);
    if (c >= 128 || classes[c] !== LETTER) break;
    end++;
  }
  return end;
}
