import { type Image, type Instruction } from '../index.js';
import { parseDockerfile } from '../tooling.js';
import { expect } from 'vitest';

/** Parses text that must parse without diagnostics and returns the image. */
export function parseClean(text: string): Image {
  const { image, diagnostics } = parseDockerfile(text, { file: 'Dockerfile' });
  expect(diagnostics).toEqual([]);
  expect(image).toBeDefined();
  return image!;
}

/** The steps of the only (or given) stage of a clean parse. */
export function stepsOf(text: string, stage = 0): Instruction[] {
  return parseClean(text).stages[stage]!.steps;
}

/** The codes of the diagnostics of a parse. */
export function codesOf(text: string): string[] {
  return parseDockerfile(text).diagnostics.map((d) => d.code);
}
