/** Ids of the reader's own articles: "own-N". Bundled corpus ids never start so. Its own module, so the content script can tell them apart without loading the corpus code. */
export const OWN_ID_PREFIX = 'own-';

export const isOwnSource = (source: string): boolean => source.startsWith(OWN_ID_PREFIX);
