/**
 * The packed corpus index: what the build ships and the background loads on every start. Loading
 * it costs what is read, not what is derived, and not the whole corpus either:
 *
 * - a small JSON header: every article's metadata, the stems, and where each section lies;
 * - the prepared line structures: the line table and each line's stems as varints (stems ranked
 *   by frequency, gaps within a line, offsets relative to the sentence: a third of their 32-bit
 *   size once compressed), decoded in one pass; long-sentence hashes as a sorted 32-bit section
 *   used in place;
 * - each article's text and items as its own UTF-8 JSON, decoded the first time a lookup, the
 *   reader or a report needs that article (a lookup needs only its few candidates').
 *
 * Same index, same bytes: deterministic like `serializeIndex`, whose JSON stays the readable form.
 */
import { WORD_KNOWLEDGE_FORMAT, WORD_KNOWLEDGE_VERSION, type SenseTable, type WordKnowledge } from './word-kinship';
import { CorpusError } from './errors';
import { isStoredItem } from './item-shape';
import { articleMeta } from './metadata';
import { isLineIndexData, LINE_INDEX_FORMAT, LINE_INDEX_VERSION, type LineIndexData } from './line-index';
import { INDEX_FORMAT, INDEX_VERSION, type ArticleMeta, type CorpusIndex, type IndexedArticle, type Item } from './types';
import { readVarints, unzigzag, VarintWriter } from './varint';

/** The file's first bytes: readable in a hex dump, and distinct from JSON (which cannot start with "C"). */
const MAGIC = 'CROSSLINE-INDEX\n';
const PACKED_VERSION = 1;
/** Magic, then the packed version and the header's byte length (u32 each). */
const PREFIX = MAGIC.length + 8;

type SectionName = 'table' | 'lineStems' | 'copyClasses' | 'copyKeys' | 'sentenceHashes' | 'longSentences' | 'bodyEnds' | 'bodies' | 'wordLemmas' | 'wordSenses';
interface Section {
  offset: number;
  bytes: number;
}

interface Header {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  articles: ArticleMeta[];
  /** Word knowledge, when the index was built with it (corpus/word-kinship.ts): its source and lemma count; the rest is in its sections. */
  words?: { source: string; lemmas: number };
  lines: {
    format: typeof LINE_INDEX_FORMAT;
    version: typeof LINE_INDEX_VERSION;
    articles: number;
    /** Stems, most frequent first. */
    stems: string[];
    /** Lines, and stem ids over all lines. */
    count: number;
    stemCount: number;
    /** Distinct copy keys held by more than one line. */
    copyClasses: number;
  };
  sections: Record<SectionName, Section>;
}

/** What is stored per article: its text, and items without their words where those are the span. */
interface Body {
  text: string;
  items: (Omit<Item, 'text'> & { text?: string })[];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Whether these bytes are a packed index (as opposed to the JSON form). */
export function isPackedIndex(bytes: Uint8Array): boolean {
  if (bytes.length < PREFIX) return false;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return false;
  return true;
}

/** Packs a prepared index (`prepareIndex`); its line structures must cover every article. */
export function packIndex(index: CorpusIndex): Uint8Array {
  const lines = index.lines;
  if (!lines || !isLineIndexData(lines, index.articles.length) || lines.articles !== index.articles.length) {
    throw new CorpusError('Only a prepared index can be packed: prepare it first.');
  }
  const encoder = new TextEncoder();
  const bodies = index.articles.map((article) => {
    const body: Body = {
      text: article.text,
      // A claim's signals are how extraction chose it; nothing reads them back, so they are not shipped.
      items: article.items.map(({ text, signals: _signals, ...rest }) => (article.text.slice(rest.start, rest.end) === text ? rest : { text, ...rest })),
    };
    return encoder.encode(JSON.stringify(body));
  });
  const bodyEnds = new Uint32Array(bodies.length);
  let total = 0;
  bodies.forEach((b, n) => (bodyEnds[n] = total += b.length));
  const joined = new Uint8Array(total);
  bodies.forEach((b, n) => joined.set(b, n === 0 ? 0 : bodyEnds[n - 1]!));

  const { stems, lineStems } = encodeLineStems(lines);
  const copies = encodeCopyKeys(lines.copyKeys);
  const words = index.words && inLemmaOrder(index.words);
  const parts: Record<SectionName, Uint8Array> = {
    table: encodeTable(lines.table),
    lineStems,
    copyClasses: copies.classes,
    copyKeys: bytesOf(copies.keys),
    sentenceHashes: bytesOf(sortedPairs(lines.sentenceHashes)),
    longSentences: bytesOf(Int32Array.from(lines.longSentences)),
    bodyEnds: bytesOf(bodyEnds),
    bodies: joined,
    wordLemmas: encoder.encode(words?.lemmas.join('\n') ?? ''),
    wordSenses: encodeWordSenses(words),
  };
  // The header's size depends on the offsets it states: lay the sections out after a header of
  // a guessed size, and grow the guess until it fits (padding fills what is left).
  let room = 1024;
  for (;;) {
    const sections = {} as Record<SectionName, Section>;
    let at = align(PREFIX + room);
    for (const name of Object.keys(parts) as SectionName[]) {
      sections[name] = { offset: at, bytes: parts[name].length };
      at = align(at + parts[name].length);
    }
    const header: Header = {
      format: index.format,
      version: index.version,
      articles: index.articles.map(articleMeta),
      lines: { format: lines.format, version: lines.version, articles: lines.articles, stems, count: lines.stemEnds.length, stemCount: lines.lineStems.length, copyClasses: copies.keys.length / 2 },
      ...(words ? { words: { source: words.source, lemmas: words.lemmas.length } } : {}),
      sections,
    };
    const headerBytes = encoder.encode(JSON.stringify(header));
    if (headerBytes.length > room) {
      room = headerBytes.length + 64;
      continue;
    }
    const out = new Uint8Array(at);
    out.set(encoder.encode(MAGIC));
    const view = new DataView(out.buffer);
    view.setUint32(MAGIC.length, PACKED_VERSION, true);
    view.setUint32(MAGIC.length + 4, room, true);
    out.fill(0x20, PREFIX, PREFIX + room);
    out.set(headerBytes, PREFIX);
    for (const name of Object.keys(parts) as SectionName[]) out.set(parts[name], sections[name].offset);
    return out;
  }
}

/**
 * Reads a packed index. Metadata and line structures are checked now; an article's body is
 * decoded (and checked) the first time it is read, and a corrupt one throws a CorpusError then.
 */
export function unpackIndex(bytes: Uint8Array): CorpusIndex {
  if (!isPackedIndex(bytes)) throw new CorpusError('Not a packed Crossline corpus.');
  if (!LITTLE_ENDIAN) throw new CorpusError('A packed corpus is read on little-endian machines only: use the JSON form.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const packed = view.getUint32(MAGIC.length, true);
  if (packed !== PACKED_VERSION) throw new CorpusError(`This packed corpus is version ${packed}; this Crossline reads version ${PACKED_VERSION}. Rebuild it with "npm run corpus".`);
  const room = view.getUint32(MAGIC.length + 4, true);
  if (PREFIX + room > bytes.length) throw new CorpusError('The packed corpus is cut short.');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX, PREFIX + room))) as Header;
  } catch {
    throw new CorpusError('The packed corpus has a corrupt header.');
  }
  if (header?.format !== INDEX_FORMAT) throw new CorpusError('Not a Crossline corpus.');
  if (header.version !== INDEX_VERSION) {
    throw new CorpusError(`This corpus is version ${String(header.version)}; this Crossline reads version ${INDEX_VERSION}. Rebuild it with "npm run corpus".`);
  }
  if (!Array.isArray(header.articles) || !header.lines || !header.sections) throw new CorpusError('The packed corpus has a corrupt header.');
  // Typed-array views need 4-byte-aligned offsets into the buffer; a copy aligns a file read at an odd offset.
  const buffer = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const section = (name: SectionName): Uint8Array => {
    const s = header.sections[name];
    if (!s || !Number.isInteger(s.offset) || !Number.isInteger(s.bytes) || s.offset < PREFIX + room || s.offset + s.bytes > buffer.length) {
      throw new CorpusError(`The packed corpus is cut short or corrupt (${name}).`);
    }
    return buffer.subarray(s.offset, s.offset + s.bytes);
  };
  const words = (name: SectionName) => {
    const b = section(name);
    if (b.byteOffset % 4 !== 0 || b.length % 4 !== 0) throw new CorpusError(`The packed corpus is corrupt (${name}).`);
    return [b.buffer, b.byteOffset, b.length / 4] as const;
  };
  const ints = (name: SectionName) => new Int32Array(...words(name));
  if (header.lines.version !== LINE_INDEX_VERSION) {
    // Built by another version of Crossline: not corrupt, but its line structures mean other things.
    throw new CorpusError(`This packed corpus's line structures are version ${String(header.lines.version)}; this Crossline reads version ${LINE_INDEX_VERSION}. Rebuild it with "npm run corpus".`);
  }
  const { count, stemCount, copyClasses, ...shape } = header.lines;
  if (![count, stemCount, copyClasses].every((n) => Number.isInteger(n) && n >= 0)) throw new CorpusError('The packed corpus has a corrupt header.');
  const lines: LineIndexData = {
    ...shape,
    table: decodeTable(section('table'), count),
    ...decodeLineStems(section('lineStems'), count, stemCount),
    sentenceHashes: new Uint32Array(...words('sentenceHashes')),
    longSentences: ints('longSentences'),
    ...decodeCopyKeys(section('copyClasses'), new Uint32Array(...words('copyKeys')), count, copyClasses),
  };
  const articleCount = header.articles.length;
  if (!isLineIndexData(lines, articleCount) || lines.articles !== articleCount) throw new CorpusError('The packed corpus has corrupt line structures.');
  const bodyEnds = new Uint32Array(...words('bodyEnds'));
  const bodies = section('bodies');
  if (bodyEnds.length !== articleCount) throw new CorpusError('The packed corpus is corrupt (bodyEnds).');
  const decoder = new TextDecoder();
  const articles = header.articles.map((meta, n) => {
    if (!meta || typeof meta.id !== 'string' || !meta.id) throw new CorpusError(`The packed corpus's article ${n + 1} has no id.`);
    const start = n === 0 ? 0 : bodyEnds[n - 1]!;
    const end = bodyEnds[n]!;
    if (end < start || end > bodies.length) throw new CorpusError(`The packed corpus is corrupt (article "${meta.id}").`);
    return lazyArticle(meta, () => decodeBody(meta.id, decoder.decode(bodies.subarray(start, end))));
  });
  const index: CorpusIndex = { format: INDEX_FORMAT, version: INDEX_VERSION, articles, lines };
  const knowledge = header.words;
  if (knowledge) {
    if (typeof knowledge.source !== 'string' || !Number.isInteger(knowledge.lemmas) || knowledge.lemmas < 0) throw new CorpusError('The packed corpus has corrupt word knowledge.');
    const [lemmaBytes, senseBytes] = [section('wordLemmas'), section('wordSenses')];
    // Read when a claim first needs it (loading stays a pass over the line structures), and read
    // in place: the matcher asks the sense table a lemma at a time; the plain form is for writing out.
    let table: PackedSenses | undefined;
    const senses = () => (table ??= readWordSenses(knowledge.lemmas, decoder.decode(lemmaBytes), senseBytes));
    let plain: WordKnowledge | undefined;
    Object.defineProperty(index, 'words', { enumerable: true, get: () => (plain ??= plainKnowledge(knowledge.source, senses())) });
    Object.defineProperty(index, 'senses', { enumerable: false, get: senses });
  }
  return index;
}

function decodeBody(id: string, json: string): { text: string; items: Item[] } {
  let body: Body;
  try {
    body = JSON.parse(json) as Body;
  } catch {
    throw new CorpusError(`The packed corpus is corrupt (article "${id}").`);
  }
  if (!body || typeof body.text !== 'string' || !Array.isArray(body.items)) throw new CorpusError(`The packed corpus is corrupt (article "${id}").`);
  const { text } = body;
  // Completed in place, as parseIndex does: a page's first lookups decode a few hundred articles' items.
  for (const item of body.items) {
    if (!isStoredItem(item, text.length)) throw new CorpusError(`Article "${id}" has a malformed item.`);
    item.speaker ??= null;
    item.text ??= text.slice(item.start, item.end);
  }
  return { text, items: body.items as Item[] };
}

/** An article whose text and items are decoded on first read (enumerable, so spreading or serialising it reads them). */
function lazyArticle(a: ArticleMeta, decode: () => { text: string; items: Item[] }): IndexedArticle {
  let body: { text: string; items: Item[] } | undefined;
  return {
    id: a.id,
    file: a.file,
    outlet: a.outlet ?? null,
    label: a.label,
    headline: a.headline ?? null,
    gist: a.gist ?? null,
    url: a.url ?? null,
    date: a.date ?? null,
    dateFrom: a.dateFrom ?? null,
    dateVia: a.dateVia ?? null,
    byline: a.byline ?? null,
    get text() {
      return (body ??= decode()).text;
    },
    get items() {
      return (body ??= decode()).items;
    },
  };
}

/** Table fields per line (see LineIndexData.table). */
const FIELDS = 9;

/**
 * The line table column by column, each field as a zigzag varint relative to what predicts it:
 * the article and sentence start to the line before, the sentence end to its start, a line's own
 * span and its story window to its sentence.
 */
function encodeTable(table: ArrayLike<number>): Uint8Array {
  const out = new VarintWriter();
  const count = table.length / FIELDS;
  const row = (line: number, field: number) => (line < 0 ? 0 : table[line * FIELDS + field]!);
  const relative: ((line: number) => number)[] = [
    (l) => row(l, 0) - row(l - 1, 0),
    (l) => row(l, 1),
    (l) => row(l, 2),
    (l) => row(l, 5) - row(l - 1, 5),
    (l) => row(l, 6) - row(l, 5),
    (l) => row(l, 3) - row(l, 5),
    (l) => row(l, 4) - row(l, 6),
    (l) => row(l, 7) - row(l, 5),
    (l) => row(l, 8) - row(l, 6),
  ];
  for (const field of relative) for (let line = 0; line < count; line++) out.signed(field(line));
  return out.done();
}

function decodeTable(bytes: Uint8Array, count: number): Int32Array {
  const v = readVarints(bytes, count * FIELDS, 'line table');
  const column = (field: number, line: number) => unzigzag(v[field * count + line]!);
  const table = new Int32Array(count * FIELDS);
  let a = 0;
  let s = 0;
  for (let line = 0, at = 0; line < count; line++, at += FIELDS) {
    a += column(0, line);
    s += column(3, line);
    const e = s + column(4, line);
    table[at] = a;
    table[at + 1] = column(1, line);
    table[at + 2] = column(2, line);
    table[at + 3] = s + column(5, line);
    table[at + 4] = e + column(6, line);
    table[at + 5] = s;
    table[at + 6] = e;
    table[at + 7] = s + column(7, line);
    table[at + 8] = e + column(8, line);
  }
  return table;
}

/** Stems ranked by how many lines hold them, and per line its stem count, then its ranks in order as gaps. */
function encodeLineStems(lines: LineIndexData): { stems: string[]; lineStems: Uint8Array } {
  const frequency = new Int32Array(lines.stems.length);
  for (let k = 0; k < lines.lineStems.length; k++) frequency[lines.lineStems[k]!]!++;
  const order = lines.stems.map((_, id) => id).sort((a, b) => frequency[b]! - frequency[a]! || a - b);
  const rank = new Int32Array(lines.stems.length);
  order.forEach((id, r) => (rank[id] = r));
  const out = new VarintWriter();
  let start = 0;
  for (let line = 0; line < lines.stemEnds.length; line++) {
    const end = lines.stemEnds[line]!;
    const ranks = Int32Array.from({ length: end - start }, (_, k) => rank[lines.lineStems[start + k]!]!).sort();
    out.unsigned(ranks.length);
    ranks.forEach((r, k) => out.unsigned(k === 0 ? r : r - ranks[k - 1]!));
    start = end;
  }
  return { stems: order.map((id) => lines.stems[id]!), lineStems: out.done() };
}

function decodeLineStems(bytes: Uint8Array, count: number, stemCount: number): { lineStems: Int32Array; stemEnds: Int32Array } {
  const v = readVarints(bytes, count + stemCount, 'line stems');
  const lineStems = new Int32Array(stemCount);
  const stemEnds = new Int32Array(count);
  let read = 0;
  let at = 0;
  for (let line = 0; line < count; line++) {
    const n = v[read++]!;
    if (at + n > stemCount) throw new CorpusError('The packed corpus is corrupt (line stems).');
    let id = 0;
    for (let k = 0; k < n; k++) lineStems[at++] = id += v[read++]!;
    stemEnds[line] = at;
  }
  if (at !== stemCount) throw new CorpusError('The packed corpus is corrupt (line stems).');
  return { lineStems, stemEnds };
}

/**
 * Copy keys as classes: most lines have no copy, and are written as 0 (no copy known, which is
 * all a lookup needs of them); a line with copies gets its class's number, and each class its
 * 52-bit key once, as two 32-bit halves.
 */
function encodeCopyKeys(copyKeys: ArrayLike<number>): { classes: Uint8Array; keys: Uint32Array } {
  const seen = new Map<number, number>();
  for (let i = 0; i < copyKeys.length; i++) seen.set(copyKeys[i]!, (seen.get(copyKeys[i]!) ?? 0) + 1);
  const classOf = new Map<number, number>();
  const keys: number[] = [];
  const out = new VarintWriter();
  for (let i = 0; i < copyKeys.length; i++) {
    const key = copyKeys[i]!;
    if (!key || seen.get(key)! < 2) {
      out.unsigned(0);
      continue;
    }
    let n = classOf.get(key);
    if (n === undefined) {
      classOf.set(key, (n = classOf.size + 1));
      keys.push(Math.floor(key / 2 ** 32), key % 2 ** 32);
    }
    out.unsigned(n);
  }
  return { classes: out.done(), keys: Uint32Array.from(keys) };
}

function decodeCopyKeys(bytes: Uint8Array, keys: Uint32Array, count: number, classes: number): { copyKeys: Float64Array; copyHeads: Int32Array } {
  if (keys.length !== classes * 2) throw new CorpusError('The packed corpus is corrupt (copy keys).');
  const v = readVarints(bytes, count, 'copy classes');
  const copyKeys = new Float64Array(count);
  // Each class's first line heads it: known here from the class numbers, with no map of keys.
  const copyHeads = new Int32Array(count);
  const headOfClass = new Int32Array(classes + 1).fill(-1);
  for (let line = 0; line < count; line++) {
    const n = v[line]!;
    if (n > classes) throw new CorpusError('The packed corpus is corrupt (copy classes).');
    copyHeads[line] = line;
    if (!n) continue;
    copyKeys[line] = keys[2 * n - 2]! * 2 ** 32 + keys[2 * n - 1]!;
    if (headOfClass[n]! < 0) headOfClass[n] = line;
    else copyHeads[line] = headOfClass[n]!;
  }
  return { copyKeys, copyHeads };
}

/** Each lemma's usual then other sense groups, as counts and ascending gaps. */
function encodeWordSenses(words: WordKnowledge | undefined): Uint8Array {
  const out = new VarintWriter();
  if (!words) return out.done();
  for (const groups of [words.usual, words.other]) {
    for (const ids of groups) {
      const sorted = [...ids].sort((a, b) => a - b);
      out.unsigned(sorted.length);
      sorted.forEach((id, n) => out.unsigned(n === 0 ? id : id - sorted[n - 1]!));
    }
  }
  return out.done();
}

/** A packed index's sense table, and its lemmas in order. */
interface PackedSenses extends SenseTable {
  readonly lemmas: readonly string[];
  usual(place: number): number[];
  other(place: number): number[];
}

/**
 * The word knowledge's sections as a sense table: the lemmas (sorted, found by binary search) and
 * each lemma's groups located in one pass over the numbers, every group decoded when asked for.
 */
function readWordSenses(count: number, lemmaText: string, bytes: Uint8Array): PackedSenses {
  const lemmas = count === 0 ? [] : lemmaText.split('\n');
  if (lemmas.length !== count) throw new CorpusError('The packed corpus has corrupt word knowledge (lemmas).');
  for (let n = 1; n < count; n++) if (!(lemmas[n - 1]! < lemmas[n]!)) throw new CorpusError('The packed corpus has corrupt word knowledge (lemma order).');
  // Every varint ends in a byte under 0x80: that many numbers.
  let ends = 0;
  for (let n = 0; n < bytes.length; n++) if (bytes[n]! < 0x80) ends++;
  const numbers = readVarints(bytes, ends, 'word senses');
  // Each group is its count, then ascending gaps: every lemma's usual groups, then every lemma's others.
  const starts = new Uint32Array(2 * count);
  let at = 0;
  for (let group = 0; group < 2 * count; group++) {
    if (at >= numbers.length) throw new CorpusError('The packed corpus has corrupt word knowledge (senses).');
    starts[group] = at;
    at += 1 + numbers[at]!;
  }
  if (at !== numbers.length) throw new CorpusError('The packed corpus has corrupt word knowledge (senses).');
  const group = (g: number) => {
    const ids: number[] = [];
    for (let k = 1, start = starts[g]!, previous = 0; k <= numbers[start]!; k++) ids.push((previous += numbers[start + k]!));
    return ids;
  };
  // The place of the first lemma at or after `key` in sorted order (count when none is).
  const firstFrom = (key: string) => {
    let [low, high] = [0, count];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (lemmas[middle]! < key) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    lemmas,
    size: count,
    placeOf(lemma) {
      const place = firstFrom(lemma);
      return lemmas[place] === lemma ? place : -1;
    },
    usual: (place) => group(place),
    other: (place) => group(count + place),
    // A phrase opened by `word`, if any, is the first lemma at or after "word_".
    opensPhrase: (word) => lemmas[firstFrom(`${word}_`)]?.startsWith(`${word}_`) ?? false,
  };
}

function plainKnowledge(source: string, table: PackedSenses): WordKnowledge {
  const { lemmas } = table;
  return { format: WORD_KNOWLEDGE_FORMAT, version: WORD_KNOWLEDGE_VERSION, source, lemmas: [...lemmas], usual: lemmas.map((_, n) => table.usual(n)), other: lemmas.map((_, n) => table.other(n)) };
}

/** Lemmas in code-unit order (what the reader's binary search needs), their groups with them; as built, already so. */
function inLemmaOrder(words: WordKnowledge): WordKnowledge {
  if (words.lemmas.every((lemma, n) => n === 0 || words.lemmas[n - 1]! < lemma)) return words;
  const order = words.lemmas.map((_, n) => n).sort((a, b) => (words.lemmas[a]! < words.lemmas[b]! ? -1 : words.lemmas[a]! > words.lemmas[b]! ? 1 : 0));
  return { ...words, lemmas: order.map((n) => words.lemmas[n]!), usual: order.map((n) => words.usual[n]!), other: order.map((n) => words.other[n]!) };
}

function sortedPairs(pairs: ArrayLike<number>): Uint32Array {
  const order = Array.from({ length: pairs.length / 2 }, (_, n) => n).sort((a, b) => pairs[2 * a]! - pairs[2 * b]! || pairs[2 * a + 1]! - pairs[2 * b + 1]!);
  const out = new Uint32Array(pairs.length);
  order.forEach((n, i) => {
    out[2 * i] = pairs[2 * n]!;
    out[2 * i + 1] = pairs[2 * n + 1]!;
  });
  return out;
}

function bytesOf(array: Int32Array | Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align(n: number): number {
  return Math.ceil(n / 4) * 4;
}
