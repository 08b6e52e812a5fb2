#!/usr/bin/env node
// Builds the `crossline` command into one JavaScript file (cli/bundle.mjs), so it starts without
// compiling TypeScript on every run. Run by `npm install` (postinstall) and `npm run build`;
// cli/crossline.mjs falls back to compiling the sources when the bundle is missing or older than them.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The Firefox sources package for store review leaves the evaluation and benchmark out; it needs no CLI.
if (!existsSync(join(root, 'cli', 'evaluate.ts'))) {
  console.log('build-cli: evaluation sources absent (a store-review source package); the crossline command is not built.');
  process.exit(0);
}
await build({
  entryPoints: [join(root, 'cli', 'main.ts')],
  // Beside the sources, so that paths found from import.meta.url (the project root, seeds/) stay right.
  outfile: join(root, 'cli', 'bundle.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Not 'node20': esbuild then rewrites every \p{…} regular expression literal as new RegExp(…), compiled
  // again each time it is reached (on every word of every line); Node 20 runs ES2022 as it is.
  target: 'es2022',
  packages: 'external',
  logLevel: 'warning',
});
