import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandVariables, variableRefs, type VariableRef } from './variables.js';

// The first scanner, kept as the reference: regular expressions over the rest of the text.
function referenceScan(text: string): Array<{ name: string; modifier?: string; word?: string; start: number; end: number }> {
  const tokens: Array<{ name: string; modifier?: string; word?: string; start: number; end: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c !== '$') continue;
    if (text[i + 1] === '{') {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-+?])?/.exec(text.slice(i + 2));
      if (!m) continue;
      let depth = 1;
      let j = i + 2 + m[0].length;
      const wordStart = j;
      for (; j < text.length && depth > 0; j++) {
        if (text[j] === '\\') j++;
        else if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
      }
      if (depth > 0) continue;
      const token: { name: string; modifier?: string; word?: string; start: number; end: number } = { name: m[1]!, start: i, end: j };
      if (m[2]) {
        token.modifier = m[2];
        token.word = text.slice(wordStart, j - 1);
      }
      tokens.push(token);
      i = j - 1;
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
      if (!m) continue;
      tokens.push({ name: m[0], start: i, end: i + 1 + m[0].length });
      i += m[0].length;
    }
  }
  return tokens;
}

function referenceRefs(text: string): VariableRef[] {
  if (!text.includes('$')) return [];
  const refs: VariableRef[] = [];
  for (const token of referenceScan(text)) {
    const ref: VariableRef = { name: token.name, guarded: token.modifier !== undefined };
    if (token.modifier === ':-' || token.modifier === '-') ref.fallback = token.word ?? '';
    refs.push(ref);
    if (token.word) refs.push(...referenceRefs(token.word));
  }
  return refs;
}

// Text made of the pieces variable syntax is built from, so the interesting cases come up often.
const piece = fc.constantFrom('$', '{', '}', '\\', ':', '-', '+', '?', 'A', 'b', '_', '1', ' ', '/', 'é', '${', '$A', '${B:-', '}}');
const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

describe('variableRefs', () => {
  it('finds plain, braced, guarded and nested references, and skips escaped dollars', () => {
    expect(variableRefs('\\$HOME ${BASE:-alpine}:$TAG')).toEqual([
      { name: 'BASE', guarded: true, fallback: 'alpine' },
      { name: 'TAG', guarded: false },
    ]);
    expect(variableRefs('${A:+${B}}').map((r) => r.name)).toEqual(['A', 'B']);
  });

  it('agrees with the regular-expression scanner on any text', () => {
    fc.assert(fc.property(text, (t) => {
      expect(variableRefs(t)).toEqual(referenceRefs(t));
    }), { numRuns: 5000 });
  });
});

describe('expandVariables', () => {
  it('expands values, defaults and alternatives as Docker does', () => {
    const values = new Map([['TAG', '3.20'], ['EMPTY', '']]);
    expect(expandVariables('alpine:${TAG}', values)).toBe('alpine:3.20');
    expect(expandVariables('${EMPTY:-x}${EMPTY-y}${TAG:+set}${NONE+no}', values)).toBe('xset');
    expect(expandVariables('cost \\$5 $NONE.', values)).toBe('cost $5 .');
  });
});
