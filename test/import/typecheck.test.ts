import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importSources } from '../../packages/cli/src/codegen/index.js';
import { dockerfiles } from '../parse/corpus-files.js';
import { scratchDir, removeScratchDirs } from './load-module.js';
import { typeErrors } from './type-errors.js';

afterAll(removeScratchDirs);

describe('generated TypeScript', () => {
  it('type-checks for every corpus and seed Dockerfile (one module each, and all in one), and a Dockerfile with its Compose file', () => {
    const dir = scratchDir();
    const all = dockerfiles();
    const files = all.map(([name, , text]) => {
      const file = join(dir, `${name.replace(/\W/g, '_')}.ts`);
      writeFileSync(file, importSources([{ file: name, text }]).text);
      return file;
    });
    const together = join(dir, 'all.ts');
    writeFileSync(together, importSources(all.map(([file, , text]) => ({ file, text }))).text);
    const shop = fileURLToPath(new URL('./fixtures/shop', import.meta.url));
    const stack = join(dir, 'shop.ts');
    writeFileSync(stack, importSources(['api/Dockerfile', 'compose.yaml'].map((f) => ({ file: f, text: readFileSync(join(shop, f), 'utf8') })), { cwd: shop }).text);
    files.push(stack);
    // The empty exec forms that clear what the base image set.
    const cleared = join(dir, 'cleared.ts');
    writeFileSync(cleared, importSources([{ file: 'Dockerfile', text: 'FROM busybox:1.36\nENTRYPOINT []\nCMD []\n' }]).text);
    files.push(cleared);
    // A control file with a real mistake proves the checker is looking at these files.
    const control = join(dir, 'control.ts');
    writeFileSync(control, "import { stage } from '@dockerdsl/core';\nexport const a = stage('a', { from: 'x' }).cmd('a bare string');\n");
    const errors = typeErrors([...files, together, control]);
    expect(errors.filter((e) => !e.startsWith(control))).toEqual([]);
    expect(errors.filter((e) => e.startsWith(control)).length).toBe(1);
  }, 120_000);
});
