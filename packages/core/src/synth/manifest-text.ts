import { createHash } from 'node:crypto';
import { manifestName } from './output-names.js';

/**
 * The SHA-256 of a file's content, as the manifest records it.
 *
 * @example
 * contentHash('FROM scratch\n'); // 'sha256:…'
 */
export function contentHash(content: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

/**
 * The manifest text: each file synth wrote with the hash of what it wrote, so the next run
 * replaces or removes a file only while it still holds those bytes. No timestamps: the same
 * config gives the same bytes. `config` is the config file relative to the output folder: a
 * project never takes over files another project's synth wrote into the same folder.
 *
 * @example
 * manifestText([{ path: 'api.Dockerfile', content: 'FROM scratch\n' }], '../../dsl.config.ts');
 */
export function manifestText(files: readonly { path: string; content: string }[], config: string): string {
  const hashes = Object.fromEntries([...files].filter((f) => f.path !== manifestName).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => [f.path, contentHash(f.content)]));
  return `${JSON.stringify({ generator: 'dockerdsl', version: 2, config, files: hashes }, null, 2)}\n`;
}
