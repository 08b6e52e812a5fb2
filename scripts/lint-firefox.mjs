// web-ext lint on the Firefox build: fails on any error, and on any warning not explained here.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
/** Warnings we accept, each with the reason. */
const EXPLAINED = {
  UNSAFE_VAR_ASSIGNMENT:
    "Preact's renderer carries the code path for dangerouslySetInnerHTML, which Crossline never uses (page and corpus text are rendered as text nodes); Readability sets innerHTML only inside its own clone of the document, never on the live page",
};

let output;
try {
  output = execFileSync(join(root, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', join(root, '.output', 'firefox-mv2'), '--output', 'json', '--no-input'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (error) {
  output = error.stdout;
}
const report = JSON.parse(output);
const unexplained = report.warnings.filter((w) => !(w.code in EXPLAINED));
for (const e of report.errors) console.error(`error   ${e.code}: ${e.message} (${e.file ?? ''})`);
for (const w of report.warnings) console.log(`${w.code in EXPLAINED ? 'allowed' : 'warning'} ${w.code}: ${w.message} (${w.file ?? ''})${EXPLAINED[w.code] ? ` — ${EXPLAINED[w.code]}` : ''}`);
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained), ${report.notices.length} notices`);
process.exit(report.errors.length || unexplained.length ? 1 : 0);
