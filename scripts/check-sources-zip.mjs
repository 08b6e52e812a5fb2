// The Firefox sources zip rebuilds the very package it ships with: unzip it, build it, compare byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const sources = join(root, '.output', `crossline-${version}-sources.zip`);
const dir = mkdtempSync(join(tmpdir(), 'crossline-sources-'));

function files(base) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(base, full));
    }
  };
  walk(base);
  return out.sort();
}

try {
  execFileSync('unzip', ['-q', sources, '-d', dir]);
  const listed = files(dir);
  const unwanted = listed.filter((f) => /^(test|\.ci)\/|\.zip$|^vitest\.config|^cli\/(bench|evaluate|real-world|brown)\.ts$|^cli\/bundle\.mjs$|^corpus\/real-world-eval\.ts$/u.test(f));
  if (unwanted.length) throw new Error(`sources zip holds files a reviewer does not need: ${unwanted.join(', ')}`);
  // Reuse the installed packages (a reviewer runs npm ci; the lock file pins the same versions).
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  execFileSync(join(root, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], { cwd: dir, stdio: 'ignore' });
  const built = join(dir, '.output', 'firefox-mv2');
  const shipped = join(root, '.output', 'firefox-mv2');
  const a = files(built);
  const b = files(shipped);
  const differing = [...new Set([...a, ...b])].filter((f) => {
    try {
      return !readFileSync(join(built, f)).equals(readFileSync(join(shipped, f)));
    } catch {
      return true;
    }
  });
  if (differing.length) throw new Error(`rebuilt from the sources zip, these files differ: ${differing.join(', ')}`);
  console.log(`sources zip: ${listed.length} files, rebuilds the Firefox package byte for byte (${a.length} files)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
