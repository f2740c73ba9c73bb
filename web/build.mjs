// Builds the client into dist/: one hashed script and stylesheet, and index.html naming them.
// Hearth.Web copies dist/ beside the program; nothing is fetched from elsewhere at run time.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';

const dist = new URL('./dist/', import.meta.url);
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const result = await build({
  entryPoints: { app: 'src/main.tsx' },
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  // hls.js is loaded only when a stream needs it, as a chunk of its own
  splitting: true,
  chunkNames: 'chunk-[hash]',
  target: ['chrome90', 'firefox90', 'safari15'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  entryNames: '[name]-[hash]',
  outdir: 'dist/assets',
  metafile: true,
  logLevel: 'warning',
});

const outputs = Object.keys(result.metafile.outputs);
const script = outputs.find((f) => result.metafile.outputs[f].entryPoint === 'src/main.tsx');
const style = outputs.find((f) => f.endsWith('.css'));
const template = await readFile(new URL('./index.html', import.meta.url), 'utf8');
const page = template
  .replace('<!--style-->', style ? `<link rel="stylesheet" href="/assets/${basename(style)}">` : '')
  .replace('<!--script-->', `<script type="module" src="/assets/${basename(script)}"></script>`);
await writeFile(new URL('./index.html', dist), page);
await writeFile(new URL('./favicon.svg', dist), await readFile(new URL('./favicon.svg', import.meta.url)));
console.log(`web client built: ${outputs.map((f) => basename(f)).join(', ')}`);
