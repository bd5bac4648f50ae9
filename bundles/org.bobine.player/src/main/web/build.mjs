// Copies the front end into the bundle: the app's own files from app/, and the libraries it loads from
// node_modules (installed by `npm ci` from the locked package-lock.json). No bundler: the app is plain ES
// modules and the libraries ship ready-made browser builds. Usage: node build.mjs <output folder>
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs <output folder>');
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'lib'), { recursive: true });
cpSync('app', out, { recursive: true });
const libs = {
  'hls.js/dist/hls.min.js': 'hls.min.js',
  'marked/lib/marked.umd.js': 'marked.umd.js',
  'dompurify/dist/purify.min.js': 'purify.min.js',
};
for (const [from, to] of Object.entries(libs)) {
  cpSync(join('node_modules', from), join(out, 'lib', to));
}
console.log(`front end copied to ${out}`);
