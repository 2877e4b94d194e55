#!/usr/bin/env node
// Vendors the Compose Specification's JSON schema into test/compose/spec/: the schema file as
// published (data, not code) and a note of where it came from. Run it with a local clone of the
// specification's repository (github.com/compose-spec/compose-spec):
//
//   node scripts/update-compose-schema.mjs /path/to/compose-spec [commit]
//
// The path may be a work tree or a bare repository; the commit defaults to its HEAD.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [repo, revision = 'HEAD'] = process.argv.slice(2);
if (!repo) {
  console.error('usage: node scripts/update-compose-schema.mjs <compose-spec clone> [commit]');
  process.exit(2);
}
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
const commit = git('rev-parse', `${revision}^{commit}`).trim();
const schemaPath = 'schema/compose-spec.json';
const text = git('show', `${commit}:${schemaPath}`);
const schema = JSON.parse(text);
const licence = git('show', `${commit}:LICENSE`);
if (!/Apache License\s+Version 2\.0/.test(licence)) throw new Error('the specification is no longer under the Apache License 2.0: check its terms before vendoring');

const out = fileURLToPath(new URL('../test/compose/spec/', import.meta.url));
writeFileSync(join(out, 'compose-spec.json'), `${JSON.stringify(schema, null, 2)}\n`);
const source = {
  repository: 'https://github.com/compose-spec/compose-spec',
  path: schemaPath,
  commit,
  committed: git('log', '-1', '--format=%cI', commit, '--', schemaPath).trim(),
  licence: 'Apache-2.0',
  licenceText: `${'https://github.com/compose-spec/compose-spec/blob/'}${commit}/LICENSE`,
};
writeFileSync(join(out, 'source.json'), `${JSON.stringify(source, null, 2)}\n`);
console.log(`vendored ${schemaPath} at ${commit}`);
