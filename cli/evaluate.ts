/** `npm run eval`: the matcher's precision and recall on the labelled seeds, as a table and as JSON. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, type Counts, type Labels } from '../corpus/evaluation';
import { THRESHOLDS } from '../corpus/match';
import { DEFAULT_CORPUS_DIR, PROJECT_ROOT, readCorpusDir } from './corpus-files';

export const LABELS_PATH = join(PROJECT_ROOT, 'test', 'fixtures', 'labels.json');

export function runEval(jsonOnly: boolean): number {
  const labels = JSON.parse(readFileSync(LABELS_PATH, 'utf8')) as Labels;
  const result = evaluate(readCorpusDir(DEFAULT_CORPUS_DIR), labels);
  if (!jsonOnly) {
    const row = (name: string, c: Counts) =>
      `${name.padEnd(8)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${c.precision.toFixed(3)}     ${c.recall.toFixed(3)}  ${c.f1.toFixed(3)}`;
    console.log('Leave-one-out on the seeds (each seed the page, the other four the corpus)\n');
    console.log('kind       TP   FP   FN   precision  recall  F1');
    console.log(row('quotes', result.quotes));
    console.log(row('claims', result.claims));
    console.log(`\nfalse matches on one-article lines: ${result.falseMatchesOnSingletons} (of ${result.singletonsChecked} lines checked)`);
    if (result.errors.length) {
      console.log('\nerrors:');
      for (const e of result.errors) {
        const found = e.found ? ` → ${e.relation} ${JSON.stringify(e.found.slice(0, 70))}` : '';
        console.log(`  ${e.kind.padEnd(14)} page ${e.page} ${JSON.stringify(e.line.slice(0, 60))} in ${e.source}${found}`);
      }
    }
    console.log('\nsettings:', JSON.stringify(THRESHOLDS));
    console.log('\nJSON:');
  }
  console.log(JSON.stringify({ ...result, settings: THRESHOLDS }, null, jsonOnly ? 2 : 0));
  return 0;
}
