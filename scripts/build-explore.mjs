// Bundles the /explore page (web/explore/explore.ts and the CSS it imports, with cytoscape and
// chart.js) into one script and one stylesheet that the app serves itself: no CDN, works offline.
// Usage: node scripts/build-explore.mjs [outdir]   (default dist/web/explore; npm run build runs it)
import { build } from 'esbuild';
import process from 'node:process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = process.argv[2] ?? join(root, 'dist', 'web', 'explore');

await build({
  entryPoints: { explore: join(root, 'web', 'explore', 'explore.ts') },
  outdir,
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  platform: 'browser',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'warning',
});
