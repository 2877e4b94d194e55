import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';
import type { Image } from '@dockerdsl/core';

const coreEntry = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url));
const jiti = createJiti(import.meta.url, { alias: { '@dockerdsl/core': coreEntry } });

const made: string[] = [];

/** A fresh temporary folder for generated modules (removed by `removeScratchDirs`). */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dsl-import-'));
  made.push(dir);
  return dir;
}

/** Removes the folders `scratchDir` made (call it from `afterAll`). */
export function removeScratchDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes a generated module and evaluates it as `dsl synth` would load a config (jiti). */
export async function evaluateExports(dir: string, name: string, text: string): Promise<Record<string, unknown>> {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, text);
  return (await jiti.import(file)) as Record<string, unknown>;
}

/** Evaluates a generated module and returns the plain image objects of its exported images. */
export async function evaluateModule(dir: string, name: string, text: string): Promise<Image[]> {
  const mod = await evaluateExports(dir, name, text);
  return Object.values(mod)
    .filter((v): v is { toImage(): Image } => typeof (v as { toImage?: unknown }).toImage === 'function')
    .map((builder) => builder.toImage());
}
