/**
 * Word knowledge: which words can say the same thing ("talks"/"negotiations", "cede"/"surrender",
 * "annexed"/"annexation", "keep"/"retain"). Made at build time from WordNet (cli/wordnet.ts) and
 * limited to what the corpus's own words can meet; here it is only read.
 *
 * Two words are kin when a sense among the first two of one (its usual meanings, with the words
 * WordNet derives from them) is any sense of the other. "keep" has 22 senses, but "retain" means
 * it in its second, so the two are kin; "keep" and "celebrate" share only rare senses of both, so
 * they are not.
 */

export const WORD_KNOWLEDGE_FORMAT = 'crossline-words';
export const WORD_KNOWLEDGE_VERSION = 1;

export interface WordKnowledge {
  format: typeof WORD_KNOWLEDGE_FORMAT;
  version: typeof WORD_KNOWLEDGE_VERSION;
  /** Where the knowledge came from, for the README and the index's metadata. */
  source: string;
  /** Lemmas, lowercase; a phrase joins its words with "_" ("give_up"). */
  lemmas: string[];
  /** Per lemma, the sense groups of its usual meanings. */
  usual: number[][];
  /** Per lemma, the sense groups of its other meanings (only those some other lemma means usually). */
  other: number[][];
}

export function isWordKnowledge(value: unknown): value is WordKnowledge {
  const k = value as Partial<WordKnowledge> | null;
  const groups = (xs: unknown, n: number) => Array.isArray(xs) && xs.length === n && xs.every((g) => Array.isArray(g) && g.every((x) => Number.isInteger(x)));
  return (
    !!k &&
    k.format === WORD_KNOWLEDGE_FORMAT &&
    k.version === WORD_KNOWLEDGE_VERSION &&
    typeof k.source === 'string' &&
    Array.isArray(k.lemmas) &&
    k.lemmas.every((l) => typeof l === 'string') &&
    groups(k.usual, k.lemmas.length) &&
    groups(k.other, k.lemmas.length)
  );
}

/** WordNet's detachment rules: a suffix, and what replaces it. */
const DETACHMENTS: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['ses', 's'], ['xes', 'x'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['es', 'e'], ['es', ''], ['s', ''],
  ['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''],
];
/** "annexed" / "stopped": a doubled last consonant. */
const DOUBLED = /^(.*([bdgklmnprt]))\2(?:ed|ing)$/u;

/** The forms a word's lemma may have: WordNet's detachment rules, without its exception lists. */
export function lemmaCandidates(word: string): string[] {
  const out = [word];
  for (const [suffix, ending] of DETACHMENTS) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + ending);
  }
  const doubled = DOUBLED.exec(word);
  if (doubled) out.push(doubled[1]!);
  return out;
}

/**
 * Word knowledge as WordKinship reads it, a lemma at a time: a packed index's stays in its flat
 * numbers (corpus/packed-index.ts), the plain form is read through senseTable.
 */
export interface SenseTable {
  readonly size: number;
  /** The lemma's place, or -1 when the knowledge has no such lemma. */
  placeOf(lemma: string): number;
  /** The sense groups of the lemma at `place`: its usual meanings, and its others. */
  usual(place: number): readonly number[];
  other(place: number): readonly number[];
  /** Whether some lemma is a phrase whose first word is `word` ("give" for "give_up"). */
  opensPhrase(word: string): boolean;
}

/** The plain form (JSON, or made by the build) as a sense table. */
export function senseTable(knowledge: WordKnowledge): SenseTable {
  const places = new Map<string, number>();
  knowledge.lemmas.forEach((lemma, n) => places.set(lemma, n));
  const phraseStarts = new Set(knowledge.lemmas.filter((lemma) => lemma.includes('_')).map((lemma) => lemma.slice(0, lemma.indexOf('_'))));
  return {
    size: knowledge.lemmas.length,
    placeOf: (lemma) => places.get(lemma) ?? -1,
    usual: (place) => knowledge.usual[place]!,
    other: (place) => knowledge.other[place]!,
    opensPhrase: (word) => phraseStarts.has(word),
  };
}

/** A word's sense groups: those of its usual meanings, and all of them. */
export interface Senses {
  usual: ReadonlySet<number>;
  all: ReadonlySet<number>;
}

export class WordKinship {
  /** Senses are made into sets as words ask for them. */
  private readonly byLemma = new Map<number, Senses>();
  private readonly byWord = new Map<string, Senses | null>();
  private readonly phraseStarts = new Map<string, boolean>();
  private readonly table: SenseTable;

  constructor(knowledge: WordKnowledge | SenseTable) {
    this.table = 'placeOf' in knowledge ? knowledge : senseTable(knowledge);
  }

  private lemmaSenses(lemma: string): Senses | undefined {
    const n = this.table.placeOf(lemma);
    if (n < 0) return undefined;
    let senses = this.byLemma.get(n);
    if (!senses) {
      const usual = new Set(this.table.usual(n));
      senses = { usual, all: new Set([...usual, ...this.table.other(n)]) };
      this.byLemma.set(n, senses);
    }
    return senses;
  }

  get size(): number {
    return this.table.size;
  }

  /** The senses of a word as written (any inflection the detachment rules undo), merged over its lemmas. */
  sensesOf(word: string): Senses | null {
    if (this.byWord.has(word)) return this.byWord.get(word)!;
    const found = lemmaCandidates(word)
      .map((lemma) => this.lemmaSenses(lemma))
      .filter((s): s is Senses => s !== undefined);
    const senses = found.length === 0 ? null : found.length === 1 ? found[0]! : { usual: new Set(found.flatMap((s) => [...s.usual])), all: new Set(found.flatMap((s) => [...s.all])) };
    if (this.byWord.size > 50_000) this.byWord.clear();
    this.byWord.set(word, senses);
    return senses;
  }

  /**
   * Whether `word` followed by another can be a phrase the knowledge has: a phrase's lemma forms
   * all begin with its first word as written, so most word pairs need no lookup at all.
   */
  opensPhrase(word: string): boolean {
    let opens = this.phraseStarts.get(word);
    if (opens === undefined) {
      opens = this.table.opensPhrase(word);
      if (this.phraseStarts.size > 50_000) this.phraseStarts.clear();
      this.phraseStarts.set(word, opens);
    }
    return opens;
  }

  /** Whether two words (as written, or phrases joined by "_") can say the same thing. */
  areKin(a: string, b: string): boolean {
    if (a === b) return true;
    const [sa, sb] = [this.sensesOf(a), this.sensesOf(b)];
    if (!sa || !sb) return false;
    for (const g of sa.usual) if (sb.all.has(g)) return true;
    for (const g of sb.usual) if (sa.all.has(g)) return true;
    return false;
  }
}
