#!/usr/bin/env node
// The `crossline` command. It runs the built bundle (cli/bundle.mjs, made by `npm install` and
// `npm run build` with scripts/build-cli.mjs) when that is newer than every source file, and
// otherwise the TypeScript sources through tsx, so the CLI can never drift from the core.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'cli', 'bundle.mjs');

function newestSource() {
  let newest = 0;
  for (const dir of ['cli', 'corpus']) {
    for (const name of readdirSync(join(root, dir))) {
      if (name.endsWith('.ts')) newest = Math.max(newest, statSync(join(root, dir, name)).mtimeMs);
    }
  }
  return newest;
}

function bundleIsFresh() {
  try {
    return statSync(bundle).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

// `crossline check … | head`: a reader that stops reading is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
let main;
if (bundleIsFresh()) ({ main } = await import('./bundle.mjs'));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
