// Ends `npm run build`: where to load each browser's build from, and a sample check on a seed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const chrome = join(root, '.output', 'chrome-mv3');
const firefox = join(root, '.output', 'firefox-mv2');
for (const dir of [chrome, firefox]) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`Build incomplete: ${dir}/manifest.json is missing.`);
    process.exit(1);
  }
}
console.log(`
Crossline is built.
  Chrome / Chromium / Edge: open chrome://extensions, turn on Developer mode, "Load unpacked" → ${chrome}
  Firefox:                  open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" → ${join(firefox, 'manifest.json')}

A sample check, on seed 004 against ${process.env.CROSSLINE_CORPUS ? `your corpus (${process.env.CROSSLINE_CORPUS})` : 'the other four seeds'} (npx crossline check FILE):
`);
const sample = join(root, 'seeds', '004_8f16aa07f174a1e7.txt');
// Against the index just built (not the folder again), so a large corpus is not read twice.
const index = join(root, '.output', 'chrome-mv3', 'corpus-index.bin');
const out = execFileSync(process.execPath, [join(root, 'cli', 'crossline.mjs'), 'check', sample, '--corpus', index], { encoding: 'utf8' });
console.log(out.split('\n\n').slice(0, 4).join('\n\n'));
console.log('\n(… the full report: npx crossline check seeds/004_8f16aa07f174a1e7.txt)');
