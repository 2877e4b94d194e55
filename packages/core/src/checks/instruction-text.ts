import { sourceOf } from '../model/source-location.js';
import type { ImageFacts } from './image-facts.js';

/**
 * The first line of the instruction a parsed model object came from, or undefined for
 * definitions (which have no Dockerfile text).
 *
 * @example
 * instructionLine(facts, stage.holder); // 'FROM alpine:3.20 as build'
 */
export function instructionLine(facts: ImageFacts, holder: object): string | undefined {
  if (!facts.dockerfile) return undefined;
  const source = sourceOf(holder);
  if (!source) return undefined;
  return facts.dockerfile.lines[source.line - 1];
}

/**
 * Every instruction keyword as written, with the object it belongs to (FROM lines and steps).
 *
 * @example
 * for (const { keyword } of writtenKeywords(facts)) keyword; // 'FROM', 'run', …
 */
export function writtenKeywords(facts: ImageFacts): Array<{ keyword: string; target: { path: (string | number)[]; holder: object }; line: string }> {
  const out: Array<{ keyword: string; target: { path: (string | number)[]; holder: object }; line: string }> = [];
  if (!facts.dockerfile) return out;
  const add = (target: { path: (string | number)[]; holder: object }): void => {
    const line = instructionLine(facts, target.holder);
    const keyword = line === undefined ? undefined : leadingWord(line);
    if (keyword) out.push({ keyword, target, line: line! });
  };
  for (const arg of facts.image.args ?? []) add({ path: [...facts.prefix, 'args'], holder: arg });
  for (const stage of facts.stages) {
    add(stage);
    for (const step of stage.steps) if (step.step.kind !== 'comment') add(step);
  }
  return out;
}

/** The letters at the start of a line after blanks (what `/^\s*([A-Za-z]+)/` captures), without a regular expression. */
function leadingWord(line: string): string | undefined {
  let start = 0;
  while (start < line.length && /\s/.test(line[start]!)) start++;
  let end = start;
  for (; end < line.length; end++) {
    const c = line.charCodeAt(end) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
  }
  return end > start ? line.slice(start, end) : undefined;
}
