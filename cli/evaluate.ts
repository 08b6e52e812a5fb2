/**
 * `npm run eval`: the matcher's precision and recall on the labelled seeds (leave-one-out), and on
 * the real-world pages (test/fixtures/real-world) against the seeds, their stories and the Brown
 * corpus as distractors; as tables and as JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, type Counts, type Labels } from '../corpus/evaluation';
import { THRESHOLDS } from '../corpus/match';
import { precisionOf, recallOf, speakerAccuracyOf, wrongSpeakerRateOf, type PatternScore } from '../corpus/real-world-eval';
import { DEFAULT_CORPUS_DIR, PROJECT_ROOT, readCorpusDir } from './corpus-files';
import { runRealWorldEval } from './real-world';
import { printArchiveRun, runArchiveEval } from './archive';

export const LABELS_PATH = join(PROJECT_ROOT, 'test', 'fixtures', 'labels.json');

const f3 = (x: number) => x.toFixed(3);

function patternRow(p: PatternScore): string {
  return [
    p.pattern.padEnd(21),
    `${p.found}/${p.items}`.padStart(6),
    `${p.speakersRight}/${p.speakersNamed}`.padStart(7),
    String(p.speakersWrong).padStart(5),
    String(p.tp).padStart(4),
    String(p.fp).padStart(4),
    String(p.fn).padStart(4),
    String(p.falseFriends).padStart(7),
    f3(precisionOf(p)).padStart(9),
    f3(recallOf(p)).padStart(7),
  ].join(' ');
}

export function runEval(jsonOnly: boolean): number {
  const labels = JSON.parse(readFileSync(LABELS_PATH, 'utf8')) as Labels;
  const seeds = evaluate(readCorpusDir(DEFAULT_CORPUS_DIR), labels);
  const real = runRealWorldEval();
  if (!jsonOnly) {
    const row = (name: string, c: Counts) =>
      `${name.padEnd(8)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${c.precision.toFixed(3)}     ${c.recall.toFixed(3)}  ${c.f1.toFixed(3)}`;
    console.log('1. Leave-one-out on the seeds (each seed the page, the other four the corpus)\n');
    console.log('kind       TP   FP   FN   precision  recall  F1');
    console.log(row('quotes', seeds.quotes));
    console.log(row('claims', seeds.claims));
    console.log(`\nfalse matches on one-article lines: ${seeds.falseMatchesOnSingletons} (of ${seeds.singletonsChecked} lines checked)`);
    for (const e of seeds.errors) {
      const found = e.found ? ` → ${e.relation} ${JSON.stringify(e.found.slice(0, 70))}` : '';
      console.log(`  ${e.kind.padEnd(14)} page ${e.page} ${JSON.stringify(e.line.slice(0, 60))} in ${e.source}${found}`);
    }

    const { labelled, seedsAgainstBrown } = real;
    console.log(`\n2. Real-world pages (test/fixtures/real-world) against ${real.corpusArticles} articles: seeds, their stories, Brown corpus\n`);
    console.log('pattern                items speakers wrong   TP   FP   FN friends precision recall');
    for (const p of labelled.patterns) console.log(patternRow(p));
    console.log(patternRow(labelled.total));
    const t = labelled.total;
    console.log(
      `\nitems found ${f3(t.found / t.items)}; named speakers right ${f3(speakerAccuracyOf(t))}; wrong names ${f3(wrongSpeakerRateOf(t))} of ${t.speakersScored} scored; ` +
        `false friends (any match on a negative page, or into Brown) ${t.falseFriends}`,
    );
    for (const e of labelled.errors) console.log(`  ${e.kind.padEnd(14)} ${e.page} ${JSON.stringify(e.line.slice(0, 50))} ${e.detail}`);

    const h = real.holdout.total;
    console.log(
      `\n   Held-out pages (holdout.txt, ${h.items} cases written after the rules): items ${h.found}/${h.items}, named speakers ${h.speakersRight}/${h.speakersNamed}, ` +
        `wrong names ${h.speakersWrong}, matches TP ${h.tp} FP ${h.fp} FN ${h.fn}, false friends ${h.falseFriends}: precision ${f3(precisionOf(h))}, recall ${f3(recallOf(h))}`,
    );
    for (const e of real.holdout.errors) console.log(`  ${e.kind.padEnd(14)} ${e.page} ${JSON.stringify(e.line.slice(0, 50))} ${e.detail}`);

    const c = real.claims.total;
    console.log(
      `\n   Claims in other words (claims.txt, ${c.items} claims, and negative pages of other facts in the same words): ` +
        `items ${c.found}/${c.items}, matches TP ${c.tp} FP ${c.fp} FN ${c.fn}, false friends ${c.falseFriends}: precision ${f3(precisionOf(c))}, recall ${f3(recallOf(c))}`,
    );
    for (const e of real.claims.errors) console.log(`  ${e.kind.padEnd(14)} ${e.page} ${JSON.stringify(e.line.slice(0, 50))} ${e.detail}`);

    console.log(`\n3. The seeds against the other seeds plus the Brown corpus: ${seedsAgainstBrown.falseFriends} matches into Brown (false friends) for ${seedsAgainstBrown.linesChecked} lines`);
    for (const e of seedsAgainstBrown.examples.slice(0, 20)) console.log(`  ${e.page} ${JSON.stringify(e.line.slice(0, 50))} → ${e.relation} in ${e.source}: ${JSON.stringify(e.found.slice(0, 60))}`);

    console.log('\nsettings:', JSON.stringify(THRESHOLDS));
    console.log('\nJSON:');
  }
  console.log(JSON.stringify({ seeds, realWorld: real, settings: THRESHOLDS }, null, jsonOnly ? 2 : 0));
  return 0;
}

/** `crossline eval --archive DIR`: the real archive's figures (not part of CI, which has no archive). */
export function runArchive(dir: string, options: { json: boolean; verbose: boolean; labels: string | null; sampleOut: string | null }): number {
  const run = runArchiveEval(dir, { labels: options.labels ?? undefined, writeSample: options.sampleOut });
  if (options.json) {
    const { cases, ...speakers } = run.speakers;
    const { cases: _trainCases, ...speakersTrain } = run.speakersTrain;
    console.log(JSON.stringify({ ...run, speakers: { ...speakers, misses: cases.filter((c) => c.verdict !== 'right') }, speakersTrain }, null, 2));
  } else printArchiveRun(run, options.verbose);
  return 0;
}
