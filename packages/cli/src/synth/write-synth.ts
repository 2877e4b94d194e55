import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestName, readManifest } from './manifest.js';
import type { SynthPlan } from './plan-synth.js';

/**
 * What a write did, file by file (names relative to the output folder).
 *
 * @example
 * const { written, removed } = writeSynth(plan);
 */
export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** Files on disk that synth did not write and would have replaced (nothing was written). */
  conflicts: string[];
}

/**
 * Writes a plan's files: each through a temp file and a rename, so a reader never sees half a
 * file; the manifest last. Removes only files the previous manifest lists that the plan no
 * longer has. Refuses (writing nothing) when a planned file exists with other content and the
 * previous manifest does not list it, unless `force`.
 *
 * @example
 * const report = writeSynth(plan);
 * if (report.conflicts.length) console.error('not ours:', report.conflicts);
 */
export function writeSynth(plan: SynthPlan, options: { force?: boolean } = {}): WriteReport {
  const previous = new Set(readManifest(plan.outDir));
  const report: WriteReport = { written: [], unchanged: [], removed: [], conflicts: [] };
  const pending: { path: string; content: string }[] = [];
  for (const file of plan.files) {
    const current = readOrUndefined(join(plan.outDir, file.path));
    if (current === file.content) report.unchanged.push(file.path);
    else {
      if (current !== undefined && !previous.has(file.path) && !options.force) report.conflicts.push(file.path);
      pending.push(file);
    }
  }
  if (report.conflicts.length > 0) return { ...report, unchanged: [] };
  mkdirSync(plan.outDir, { recursive: true });
  const planned = new Set(plan.files.map((f) => f.path));
  for (const file of pending.filter((f) => f.path !== manifestName)) {
    writeAtomic(join(plan.outDir, file.path), file.content);
    report.written.push(file.path);
  }
  for (const old of [...previous].sort()) {
    if (planned.has(old)) continue;
    rmSync(join(plan.outDir, old), { force: true });
    report.removed.push(old);
  }
  const manifest = pending.find((f) => f.path === manifestName);
  if (manifest) {
    writeAtomic(join(plan.outDir, manifest.path), manifest.content);
    report.written.push(manifest.path);
  }
  return report;
}

/**
 * Writes `content` to `file` through a temp file in the same folder and a rename.
 *
 * @example
 * writeAtomic('/repo/.dsl/out/api.Dockerfile', 'FROM scratch\n');
 */
export function writeAtomic(file: string, content: string): void {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
