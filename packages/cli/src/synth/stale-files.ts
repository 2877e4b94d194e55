import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SynthResult } from '@dockerdsl/core';
import { createTwoFilesPatch } from 'diff';
import { readManifest } from './manifest.js';

/**
 * One file that differs from what synth would write.
 *
 * @example
 * for (const s of staleFiles(plan, cwd)) console.log(s.path, s.state, s.diff);
 */
export interface StaleFile {
  path: string;
  state: 'missing' | 'changed' | 'extra';
  /** A unified diff from the file on disk to what synth would write. */
  diff: string;
}

/**
 * Compares a plan with the files on disk without writing anything: planned files that are
 * missing or differ, and files the previous manifest lists that synth would remove.
 *
 * @example
 * const stale = staleFiles(plan, process.cwd());
 * if (stale.length) process.exitCode = 1;
 */
export function staleFiles(plan: SynthResult, cwd: string): StaleFile[] {
  const stale: StaleFile[] = [];
  const label = (p: string): string => relative(cwd, join(plan.outDir, p)) || p;
  for (const file of plan.files) {
    const current = read(join(plan.outDir, file.path));
    if (current === file.content) continue;
    stale.push({ path: file.path, state: current === undefined ? 'missing' : 'changed', diff: createTwoFilesPatch(`a/${label(file.path)}`, `b/${label(file.path)}`, current ?? '', file.content, undefined, undefined, { context: 3 }) });
  }
  const planned = new Set(plan.files.map((f) => f.path));
  const previous = readManifest(plan.outDir);
  for (const old of [...new Set([...previous.owned.keys(), ...previous.unhashed])].sort()) {
    if (planned.has(old)) continue;
    const current = read(join(plan.outDir, old));
    if (current === undefined) continue;
    stale.push({ path: old, state: 'extra', diff: createTwoFilesPatch(`a/${label(old)}`, '/dev/null', current, '', undefined, undefined, { context: 3 }) });
  }
  return stale;
}

/**
 * The earlier name of `staleFiles`.
 *
 * @deprecated Use `staleFiles`; this name goes in the next release.
 * @example
 * const stale = checkSynth(plan, process.cwd()); // the same as staleFiles(plan, process.cwd())
 */
export const checkSynth = staleFiles;

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
