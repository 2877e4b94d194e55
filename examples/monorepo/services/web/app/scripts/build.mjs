// The build: copies the server into dist/ and renders the page once, so the runtime image
// needs only dist/ (and production node_modules, of which this app has none).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
mkdirSync('dist', { recursive: true });
writeFileSync('dist/server.js', readFileSync('src/server.js', 'utf8'));
const page = readFileSync('src/index.html', 'utf8').replaceAll('{{version}}', pkg.version);
writeFileSync('dist/index.html', page);
console.log(`built ${pkg.name}@${pkg.version} into dist/`);
