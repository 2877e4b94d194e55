import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type SynthResult } from '@dockerdsl/core';
import { contentHash, isPlainName, manifestConfigPath, manifestName } from '@dockerdsl/core/tooling';
import { ConfigError, configCodes } from '../config/config-error.js';
import { pendingManifestText, readManifest } from './manifest.js';
import { acquireOutputLock } from './output-lock.js';

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
  /** Files the previous run wrote and this one no longer plans, left in place because their content changed since (or an old manifest cannot prove they are synth's). */
  kept: string[];
  /** Files on disk that synth did not write and would have replaced (nothing was written). */
  conflicts: string[];
  /** With conflicts: the config (absolute path) whose manifest claims the folder, when it is another project's. */
  claimedBy?: string;
}

/**
 * Options of `writeSynth`.
 *
 * @example
 * writeSynth(plan, { force: true, lockTimeoutMs: 5_000 });
 */
export interface WriteOptions {
  /** Take over planned files synth did not write. */
  force?: boolean;
  /** How long to wait for another synth writing the same folder (default 30 s). */
  lockTimeoutMs?: number;
}

/**
 * Writes a plan's files into its output folder, touching only what synth owns:
 *
 * - The folder is locked (see `acquireOutputLock`) while synth writes, so two runs never
 *   interleave; a second run waits, then fails with DSL5912.
 * - Temporaries an interrupted run left (`<name>.<pid>.<random>.tmp`) are removed first.
 * - A planned file that exists with other content is replaced only when the manifest records
 *   the hash of what is there now (or an old, hash-less manifest lists it); otherwise it is a
 *   conflict and nothing is written, unless `force`. A symbolic link is never written through:
 *   it is a conflict, and `force` replaces the link itself.
 * - Files the previous manifest lists and the plan no longer has are removed only while their
 *   content still matches the recorded hash; others are `kept`. A manifest another project's
 *   config wrote owns nothing for this one (its files are conflicts, never removed).
 * - A "pending" manifest naming every file the run may leave is written before the first file,
 *   the final manifest last: an interrupted run never leaves files the next run cannot claim.
 * - Each file goes through a temp file and a rename, so a reader never sees half a file.
 *
 * The output folder may itself be a symbolic link: synth writes into the folder it points to
 * (resolved once). Paths come from `isPlainName` names only, so nothing lands outside it.
 * A folder that cannot be created or written (a file in its place) is DSL5910.
 *
 * @example
 * const report = writeSynth(plan);
 * if (report.conflicts.length) console.error('not ours:', report.conflicts);
 */
export function writeSynth(plan: SynthResult, options: WriteOptions = {}): WriteReport {
  const outDir = outputFolder(plan.outDir);
  const release = acquireOutputLock(outDir, options.lockTimeoutMs);
  if (!release) {
    throw new ConfigError({ ...configCodes.outputLocked, severity: 'error', message: `another dsl synth is writing ${plan.outDir} (lock file .dsl-synth.lock); nothing was written`, path: ['outDir'], hint: 'wait for it to finish, or remove the lock file if no synth is running' });
  }
  try {
    return unfailing(plan.outDir, () => writeLocked(plan, outDir, options.force === true));
  } finally {
    release();
  }
}

function writeLocked(plan: SynthResult, outDir: string, force: boolean): WriteReport {
  const config = manifestConfigPath(plan.outDir, plan.configFile);
  const read = readManifest(outDir);
  // Another project's manifest: its files are not this project's to replace or remove.
  const other = read.config !== undefined && read.config !== config;
  const previous = other ? { found: false, owned: new Map<string, Set<string>>(), unhashed: new Set<string>() } : read;
  removeStaleTemporaries(outDir, new Set([manifestName, ...plan.files.map((f) => f.path), ...previous.owned.keys(), ...previous.unhashed]));
  const report: WriteReport = { written: [], unchanged: [], removed: [], kept: [], conflicts: [] };
  const pending: { path: string; content: string }[] = [];
  for (const file of plan.files) {
    if (!isPlainName(file.path)) throw new ConfigError({ ...configCodes.outputPath, severity: 'error', message: `refusing to write '${file.path}': synth writes plain file names inside its output folder`, path: [] });
    const current = readEntry(join(outDir, file.path));
    if (current.kind === 'file' && current.content.equals(Buffer.from(file.content))) report.unchanged.push(file.path);
    else {
      const ours = current.kind === 'missing' || (file.path === manifestName ? previous.found && current.kind === 'file' : current.kind === 'file' && owns(previous, file.path, current.content));
      if (!ours && !force) report.conflicts.push(file.path);
      pending.push(file);
    }
  }
  if (report.conflicts.length > 0) return { ...report, unchanged: [], ...(other ? { claimedBy: resolve(outDir, read.config!) } : {}) };
  const planned = new Set(plan.files.map((f) => f.path));
  // Every file this run may leave, with each content it may hold when the run is cut short.
  const claim = new Map<string, Set<string>>();
  for (const [name, hashes] of previous.owned) claim.set(name, new Set(hashes));
  for (const file of plan.files) if (file.path !== manifestName) (claim.get(file.path) ?? claim.set(file.path, new Set()).get(file.path)!).add(contentHash(file.content));
  const manifest = pending.find((f) => f.path === manifestName);
  if (pending.length > 0) writeAtomic(join(outDir, manifestName), pendingManifestText(claim, config));
  for (const file of pending.filter((f) => f.path !== manifestName)) {
    writeAtomic(join(outDir, file.path), file.content);
    report.written.push(file.path);
  }
  for (const old of [...new Set([...previous.owned.keys(), ...previous.unhashed])].sort()) {
    if (planned.has(old)) continue;
    const current = readEntry(join(outDir, old));
    if (current.kind === 'missing') continue;
    if (current.kind === 'file' && previous.owned.get(old)?.has(contentHash(current.content))) {
      rmSync(join(outDir, old), { force: true });
      report.removed.push(old);
    } else report.kept.push(old);
  }
  const final = manifest ?? plan.files.find((f) => f.path === manifestName);
  if (final && pending.length > 0) writeAtomic(join(outDir, manifestName), final.content);
  if (manifest) report.written.push(manifest.path);
  return report;
}

function owns(previous: ReturnType<typeof readManifest>, name: string, content: Buffer): boolean {
  return previous.owned.get(name)?.has(contentHash(content)) === true || previous.unhashed.has(name);
}

/** The output folder, created if missing, with a symbolic link to it resolved once. */
function outputFolder(outDir: string): string {
  return unfailing(outDir, () => {
    mkdirSync(outDir, { recursive: true });
    return realpathSync(outDir);
  });
}

/** Runs `work`, turning a file-system error into DSL5910 (the folder is a file, is read-only, …). */
function unfailing<T>(outDir: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way of the folder' : (code ?? String(error));
    throw new ConfigError({ ...configCodes.outputFolder, severity: 'error', message: `cannot write the output folder ${outDir}: ${reason}`, path: ['outDir'], hint: 'point outDir (or --out) at a folder dsl may write' });
  }
}

type Entry = { kind: 'missing' } | { kind: 'file'; content: Buffer } | { kind: 'other' };

/** What is at `path`, never following a symbolic link. */
function readEntry(path: string): Entry {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return { kind: 'missing' };
  }
  if (!stat.isFile()) return { kind: 'other' };
  return { kind: 'file', content: readFileSync(path) };
}

/** A temporary `writeAtomic` makes for one of synth's files: `<name>.<pid>.<random>.tmp`. */
const temporary = /^(.+)\.\d+\.[0-9a-z]+\.tmp$/;

/** Removes temporaries a killed run left for the files in `names`; under the lock no other run is writing any. */
function removeStaleTemporaries(outDir: string, names: ReadonlySet<string>): void {
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    const match = temporary.exec(entry.name);
    if (entry.isFile() && match && names.has(match[1]!)) rmSync(join(outDir, entry.name), { force: true });
  }
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
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Why synth refused to write, in one line: the files in the way, and whose they are when the
 * folder's manifest belongs to another project's config.
 *
 * @example
 * conflictSummary({ conflicts: ['api.Dockerfile'], claimedBy: '/repo/other/dsl.config.ts' }, 'docker', (p) => p);
 * // "files another config wrote (/repo/other/dsl.config.ts): docker/api.Dockerfile"
 */
export function conflictSummary(report: Pick<WriteReport, 'conflicts' | 'claimedBy'>, where: string, show: (path: string) => string): string {
  const whose = report.claimedBy ? `files another config wrote (${show(report.claimedBy)})` : 'files dsl did not write';
  return `${whose}: ${report.conflicts.map((c) => `${where}/${c}`).join(', ')}`;
}
