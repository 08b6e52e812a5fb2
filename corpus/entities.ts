/**
 * Named entities as far as attribution needs them: capitalised name runs,
 * the titles in front of them, and whether a mention can be a speaker.
 */
import type { Span } from './types';
import { wordRarity } from './distinctive';

export interface Mention extends Span {
  /** The name with titles and honorifics stripped: "Donald Trump", "Kremlin". */
  name: string;
  /** Introduced with a personal title or honorific (President, aide, Mr.). */
  titled: boolean;
  /** Grammatically unable to be a subject here (after a preposition, possessive, a modifier). */
  oblique: boolean;
}

/** Words that name an office or role, leading a name ("President", "aide") or standing between names. */
const TITLE_WORDS = new Set(
  (
    'president vice prime minister foreign secretary senator sen rep governor gov mr mrs ms mx dr prof ' +
    'general gen special envoy chancellor king queen prince pope aide adviser advisor spokesman spokeswoman ' +
    'spokesperson ambassador commissioner chief director deputy presidential policy journalist leader ' +
    'officer official commander colonel lieutenant sergeant captain judge justice speaker premier mayor ' +
    'investment press agent coach manager chairman chairwoman chair principal candidate councillor councilman ' +
    'councilwoman superintendent sheriff inspector detective rev reverend father rabbi bishop cardinal ' +
    'attorney economist analyst professor lawmaker congressman congresswoman assemblyman delegate'
  ).split(' '),
);
/** Nationality and country adjectives that precede titles ("US President", "Russian Foreign Minister"). */
const QUALIFIER_WORDS = new Set(
  (
    'us u.s. uk u.k. eu un russian ukrainian american british french german chinese european israeli ' +
    'palestinian iranian indian japanese korean north south kremlin white top former new acting'
  ).split(' '),
);
const CALENDAR_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december easter christmas'
  ).split(' '),
);
/** Words that, inside a capitalised run, show it is not a person (Truth Social, Black Sea, CBS News). */
const NON_PERSON_WORDS = new Set(
  (
    'social house sea earths war federation states union news office press kingdom nations ministry ' +
    'magazine times post journal agency council party army forces republic bank media group company ' +
    'street avenue city square region province peninsula church kremlin authority institute fund committee ' +
    'department court commission association university foundation police pentagon congress parliament senate ' +
    'government campaign club team inc corp council board service ' +
    // Programmes, publications and bodies a headline or a byline names like people.
    'show program programme network channel radio tv television daily tribune herald gazette review ' +
    'center centre school college academy hospital agency administration coalition alliance caucus ' +
    'conference convention summit forum organization organisation association project fox cnn msnbc nbc abc cbs'
  ).split(' '),
);
const FUNCTION_WORDS = new Set(
  (
    'the a an this that these those his her its their our my your it he she they we i you there here ' +
    'in on at of for with by from to as and or but if while when after before since during over under ' +
    'into about against between among through meanwhile however nevertheless nonetheless also still yet ' +
    'although though despite speaking taking describing adding according recognizing footage reports ' +
    'direct last this next no not notably critics rescuers newcomer moscow: later earlier then now today tonight ' +
    'yesterday so instead even only because once soon said says'
  ).split(' '),
);
/** What a "Secretary of …" or "Minister of …" is of. */
const OFFICE_WORDS = new Set('state defense defence treasury homeland security energy commerce labor labour education agriculture transportation transport health interior justice veterans affairs housing foreign finance'.split(' '));
/** The second part of a hyphenated name ("Geun-hye") is no everyday English word ("-backed", "-supplied"). */
const HYPHEN_NAME_RARITY = 0.6;
const PREPOSITIONS = new Set(
  'of for with to by from at on in about against between into after before under over across toward towards among via than like'.split(
    ' ',
  ),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;

interface Token extends Span {
  word: string;
  lower: string;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    // A trailing full stop belongs to the sentence unless the word is an abbreviation (Mr., U.S.).
    if (word.endsWith('.') && !/^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Sen|Rep|Gov|St|Jr|Sr|Rev|Fr|Msgr|Capt|Sgt|Lt|Col|Hon|(?:[A-Z]\.)+[A-Z]?)\.?$/u.test(word)) {
      word = word.replace(/\.+$/u, '');
    }
    word = word.replace(/['’]s$/u, '’s');
    tokens.push({ word, lower: word.toLowerCase(), start: m.index, end: m.index + word.length });
  }
  return tokens;
}

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.word);
const bare = (lower: string) => lower.replace(/\.$/u, '').replace(/’s$/u, '');

/** Every capitalised name run in `text[from, to)`, with titles stripped and its grammatical role guessed. */
export function findMentions(text: string, from = 0, to = text.length): Mention[] {
  const tokens = tokenize(text, from, to);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    // A run: capitalised words separated only by single spaces (no comma, no dash).
    while (j + 1 < tokens.length && isCapitalised(tokens[j + 1]!) && /^ $/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start)) && !tokens[j]!.word.endsWith('’s')) j++;
    const run = tokens.slice(i, j + 1);
    const mention = toMention(text, tokens, i, run);
    if (mention) mentions.push(mention);
    i = j + 1;
  }
  return mentions;
}

function toMention(text: string, tokens: Token[], runStart: number, run: Token[]): Mention | null {
  let k = 0;
  let titled = false;
  const isTitle = (t: Token) => TITLE_WORDS.has(bare(t.lower)) || TITLE_WORDS.has(t.lower);
  const isQualifier = (t: Token) => QUALIFIER_WORDS.has(bare(t.lower)) || QUALIFIER_WORDS.has(t.lower);
  // "On Thursday", "While Ukraine": a sentence's first word is capitalised without being a name.
  while (k < run.length - 1 && FUNCTION_WORDS.has(run[k]!.lower)) k++;
  while (k < run.length - 1 && (isTitle(run[k]!) || isQualifier(run[k]!))) {
    if (isTitle(run[k]!)) titled = true;
    k++;
  }
  // "Riverton Mayor Elena Marsh", "Dockers Union President Tomasz Wilk": an organisation or place
  // before a title names whose office it is; the person's name is what follows the last title.
  const lastTitle = run.findLastIndex((t, n) => n >= k && n < run.length - 1 && isTitle(t) && /^\p{Lu}\p{Ll}/u.test(t.word));
  if (lastTitle >= k && run.slice(lastTitle + 1).every((t) => !isTitle(t))) {
    titled = true;
    k = lastTitle + 1;
  }
  // "U.S.-proposed", "North Korean-supplied": a hyphenated adjective, not a name; "Park Geun-hye"
  // and "Jean-Marc" are names (their second part is no English word).
  const hyphenated = /-(\p{Ll}+)$/u.exec(run.at(-1)!.word);
  // Korean and Chinese given names ("Ki-moon", "Jong-un") have a short second part, adjectives a long one ("-supplied").
  if (hyphenated && (run.length < 2 || (hyphenated[1]!.length > 4 && wordRarity(hyphenated[1]!) < HYPHEN_NAME_RARITY))) return null;
  const nameTokens = run.slice(k);
  const first = bare(nameTokens[0]!.lower);
  if (nameTokens.length === 1 && (FUNCTION_WORDS.has(first) || CALENDAR_WORDS.has(first))) return null;
  if (nameTokens.every((t) => CALENDAR_WORDS.has(bare(t.lower)) || /^\p{N}/u.test(t.word))) return null;
  if (nameTokens.length === 1 && QUALIFIER_WORDS.has(first) && first !== 'kremlin' && first !== 'us' && first !== 'u.s.') return null;

  const lowerTitleBefore = lowercaseTitlesBefore(tokens, runStart);
  titled ||= lowerTitleBefore.count > 0;
  const before = tokens[runStart - 1 - lowerTitleBefore.count];
  const lastToken = run.at(-1)!;
  const after = tokens[runStart + run.length];
  const gapBefore = before ? text.slice(before.end, tokens[runStart - lowerTitleBefore.count]!.start) : '';
  const gapAfter = after ? text.slice(lastToken.end, after.start) : '';
  const possessive = lastToken.word.endsWith('’s') || /^['’](?!\p{L})/u.test(text.slice(lastToken.end, lastToken.end + 1));
  // "Secretary of State John F. Kerry": the office's name is part of the title, not a place the person is of.
  const officeOf = !!before && before.lower === 'of' && TITLE_WORDS.has(tokens[runStart - 2 - lowerTitleBefore.count]?.lower ?? '') && run.length > 1 && OFFICE_WORDS.has(run[0]!.lower);
  if (officeOf) {
    let office = 0;
    while (office < run.length - 1 && OFFICE_WORDS.has(run[office]!.lower)) office++;
    const person = run.slice(office);
    return { name: person.map((t) => t.word).join(' ').replace(/’s$/u, ''), titled: true, oblique: possessive, start: person[0]!.start, end: lastToken.end };
  }
  const oblique =
    possessive ||
    (!!before && /^\s+$/u.test(gapBefore) && (PREPOSITIONS.has(before.lower) || before.lower === 'the' && !!after && !/[,.;:]/u.test(gapAfter) && !isVerbLike(after.lower))) ||
    /[–—-]\s*$/u.test(gapBefore) ||
    (!!after && /^\s*[–—-]\s*$/u.test(gapAfter)) ||
    (!!after && /^\s+$/u.test(gapAfter) && TITLE_WORDS.has(bare(after.lower)) && !isCapitalised(after));

  const name = nameTokens
    .map((t) => t.word)
    .join(' ')
    .replace(/’s$/u, '');
  return { name, titled, oblique, start: nameTokens[0]!.start, end: lastToken.end };
}

/** "Kremlin aide Yuri Ushakov", "journalist Tucker Carlson": lower-case titles just before a name. */
function lowercaseTitlesBefore(tokens: Token[], runStart: number): { count: number } {
  let count = 0;
  while (runStart - 1 - count >= 0 && TITLE_WORDS.has(tokens[runStart - 1 - count]!.lower) && !isCapitalised(tokens[runStart - 1 - count]!)) count++;
  return { count };
}

/** Cheap guess that a lower-case word after "the X" is a verb (so X is a subject, as in "the Kremlin termed"). */
function isVerbLike(lower: string): boolean {
  return /(?:ed|es|s)$/u.test(lower) || ['said', 'told', 'wrote', 'has', 'had', 'is', 'was', 'will', 'would', 'could', 'may', 'might'].includes(lower);
}

/** A name that holds a word only organisations and places have (Port Authority, Halden Institute). */
export function isOrganisation(name: string): boolean {
  return name.split(' ').some((w) => NON_PERSON_WORDS.has(w.toLowerCase()));
}

/** A mention that can stand for a person: titled, a first-and-last name, or the surname of one seen before. */
export function isPersonLike(mention: Mention, knownSurnames: ReadonlySet<string>): boolean {
  const words = mention.name.split(' ');
  if (isOrganisation(mention.name)) return false;
  if (knownSurnames.has(surnameKey(mention.name))) return true;
  if (mention.titled) return true;
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/**
 * The key two renderings of one name share: the surname, lower-cased, without
 * diacritics, with doubled transliteration endings folded (Zelenskyy = Zelensky).
 */
export function surnameKey(name: string): string {
  const last = name.trim().split(/\s+/u).at(-1) ?? '';
  return last
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[^a-z\p{L}]/gu, '')
    .replace(/([a-z])\1$/u, '$1')
    .replace(/iy$/u, 'y');
}
