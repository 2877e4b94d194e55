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

/** Where an instruction's keyword sits in its first line. */
export interface KeywordSpan {
  target: { path: (string | number)[]; holder: object };
  line: string;
  start: number;
  end: number;
}

/**
 * Calls `visit` for every instruction keyword as written (global ARGs, FROM lines and steps,
 * comments left out) with its line and offsets. A visitor, not a list of objects: casing rules
 * read a few characters of each keyword and slice only the ones they report.
 *
 * @example
 * forEachKeyword(facts, (target, line, start, end) => line.slice(start, end)); // 'FROM', 'run', …
 */
export function forEachKeyword(facts: ImageFacts, visit: (target: KeywordSpan['target'], line: string, start: number, end: number) => void): void {
  if (!facts.dockerfile) return;
  const args = facts.image.args;
  if (args) for (const arg of args) visitKeyword(facts, { path: [...facts.prefix, 'args'], holder: arg }, visit);
  for (const stage of facts.stages) {
    visitKeyword(facts, stage, visit);
    for (const step of stage.steps) if (step.kind !== 'comment') visitKeyword(facts, step, visit);
  }
}

function visitKeyword(facts: ImageFacts, target: KeywordSpan['target'], visit: (target: KeywordSpan['target'], line: string, start: number, end: number) => void): void {
  const line = instructionLine(facts, target.holder);
  if (line === undefined) return;
  // The letters at the start of the line after blanks (what `/^\s*([A-Za-z]+)/` captures).
  let start = 0;
  while (start < line.length && isBlank(line.charCodeAt(start))) start++;
  let end = start;
  for (; end < line.length; end++) {
    const c = line.charCodeAt(end) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
  }
  if (end > start) visit(target, line, start, end);
}

/** What `/\s/` matches among the characters a Dockerfile line can start with. */
function isBlank(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
