/** A corpus that cannot be used, with a message fit to show a person. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}
