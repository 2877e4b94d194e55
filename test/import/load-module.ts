import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';
import type { Image } from '@dockerdsl/core';

const coreEntry = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url));
const jiti = createJiti(import.meta.url, { alias: { '@dockerdsl/core': coreEntry } });

/** A fresh temporary folder for generated modules. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'dsl-import-'));
}

/**
 * Writes a generated module and evaluates it as `dsl synth` would load a config (jiti), then
 * returns the plain image objects of its exported images.
 */
export async function evaluateModule(dir: string, name: string, text: string): Promise<Image[]> {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, text);
  const mod = (await jiti.import(file)) as Record<string, { toImage(): Image }>;
  return Object.values(mod).map((builder) => builder.toImage());
}
