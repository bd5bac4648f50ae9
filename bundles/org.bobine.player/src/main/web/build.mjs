// Copies the front end into the bundle: the app's own files from app/, and the libraries it loads from
// node_modules (installed by `npm ci` from the locked package-lock.json). No bundler: the app is plain ES
// modules and the libraries ship ready-made browser builds. Usage: node build.mjs <output folder>
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
// p2p-media-loader's ES builds: the core is self-contained; the hls.js integration imports the core by its
// package name, which a browser cannot resolve without a bundler, so it is pointed at the copied file.
cpSync('node_modules/p2p-media-loader-core/dist/p2p-media-loader-core.es.min.js', join(out, 'lib', 'p2p-media-loader-core.es.min.js'));
const hlsjs = readFileSync('node_modules/p2p-media-loader-hlsjs/dist/p2p-media-loader-hlsjs.es.js', 'utf8');
if (!hlsjs.includes('from "p2p-media-loader-core"')) {
  console.error('p2p-media-loader-hlsjs no longer imports "p2p-media-loader-core" as expected');
  process.exit(1);
}
writeFileSync(join(out, 'lib', 'p2p-media-loader-hlsjs.es.js'),
  hlsjs.replace('from "p2p-media-loader-core"', 'from "./p2p-media-loader-core.es.min.js"'));
// The languages are the text files present: adding one is adding app/i18n/<code>.json.
const languages = readdirSync('app/i18n').filter((f) => /^[a-z]{2,3}\.json$/.test(f)).map((f) => f.slice(0, -5)).sort();
writeFileSync(join(out, 'i18n', 'index.json'), JSON.stringify(languages));
console.log(`front end copied to ${out} (languages: ${languages.join(', ')})`);
