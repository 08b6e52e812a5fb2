/** Words the UI uses for the matcher's terms, in one place. */
import { formatDay } from '../corpus/dates';
import type { Disagreement } from '../corpus/match';
import type { CorpusSummary, ItemKind } from '../corpus/types';
import type { Relation } from '../corpus/match';
import type { ReportWords } from '../corpus/report-format';
import { t, tn, uiLocale } from './i18n';

/** How an item's words are shown lives with the core (the CLI and exports show them alike). */
export { itemWords } from '../corpus/words';

/**
 * The relation and kind words in the UI language. The CLI and the exports keep the core's English
 * words (corpus/words.ts): a report is read beside other tools' output.
 */
export const RELATION_LABEL: Record<Relation, string> = {
  verbatim: t('relationVerbatim'),
  variant: t('relationVariant'),
  partial: t('relationPartial'),
  reported: t('relationReported'),
  paraphrase: t('relationParaphrase'),
};

export const RELATION_HELP: Record<Relation, string> = {
  verbatim: t('relationHelpVerbatim'),
  variant: t('relationHelpVariant'),
  partial: t('relationHelpPartial'),
  reported: t('relationHelpReported'),
  paraphrase: t('relationHelpParaphrase'),
};

export const KIND_WORD: Record<ItemKind, string> = { quote: t('kindQuote'), claim: t('kindClaim'), reported: t('kindReported') };

export function disagreementText(d: Disagreement): string {
  switch (d.kind) {
    case 'speaker':
      return t('disagreeSpeaker', d.theirs, d.ours);
    case 'figure':
      return t('disagreeFigure', d.theirs, d.ours);
    case 'place':
      return t('disagreePlace', d.theirs, d.ours);
  }
}

/** A day in the UI language ("25 Apr 2025"). */
export function day(isoDate: string): string {
  return formatDay(isoDate, uiLocale());
}

/** "5 bundled articles (25–26 Apr 2025) and 12 of your own": what a page was compared against. */
export function describeCorpus(corpus: CorpusSummary): string {
  const span = corpus.from && corpus.to ? (corpus.from === corpus.to ? t('corpusSpanOne', day(corpus.from)) : t('corpusSpan', day(corpus.from), day(corpus.to))) : '';
  const own = corpus.own ? t('corpusOwn', corpus.own.toLocaleString(uiLocale())) : '';
  return [tn('corpusBundled', corpus.bundled), span, own].filter(Boolean).join(' ');
}

/** The Markdown report's words in the UI language (the core writes English by default). */
export function reportWords(): ReportWords {
  return {
    text: {
      title: t('mdTitle', '$1'),
      page: t('mdPage', '$1'),
      pageDated: t('mdPageDated', '$1'),
      selfNotice: t('mdSelfNotice', '$1'),
      generated: t('mdGenerated', '$1'),
      noOther: t('noOtherCarriesDot'),
      noOtherOnOccasion: `${t('noOtherOnOccasion')}.`,
      saidOnAnother: t('mdSaidOnAnother'),
      firstReported: t('firstReported', '$1'),
      outlet: t('mdOutlet'),
      relation: t('mdRelation'),
      score: t('mdScore'),
      date: t('mdDate'),
      wording: t('mdWording'),
      flags: t('mdFlags'),
    },
    relation: RELATION_LABEL,
    kind: KIND_WORD,
    disagreement: disagreementText,
    day,
  };
}
