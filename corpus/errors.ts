/**
 * A corpus that cannot be used, with a message fit to show a person. Where the message is one the
 * extension shows, `code` names it among the extension's translated messages and `params` fill it
 * (the English message stays for the command line and logs).
 */
export class CorpusError extends Error {
  override name = 'CorpusError';

  constructor(
    message: string,
    readonly code?: string,
    readonly params: readonly (string | number)[] = [],
  ) {
    super(message);
  }
}
