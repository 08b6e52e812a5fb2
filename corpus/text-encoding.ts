/**
 * Text from a file, in whatever encoding a newsroom's export is likely to be: UTF-8 (with or
 * without a byte-order mark), UTF-16 with its byte-order mark, or else Windows-1252 (a superset
 * of Latin-1, which is what "8-bit text that is not UTF-8" nearly always is). A binary file is
 * refused rather than read as text.
 */

export type Decoded = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } | { binary: true };

/** Control characters other than tab, newline, carriage return and form feed: text has almost none. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/gu;

/**
 * Windows-1252's 0x80–0x9F (curly quotes, dashes, the euro sign): some decoders (Node's among
 * them) read these bytes as Latin-1's control characters, so they are mapped here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes.subarray(start)).replace(/[\u0080-\u009f]/gu, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] || c);
    encoding = 'windows-1252';
  }
  return checked(text, encoding);
}

function checked(text: string, encoding: Exclude<Decoded, { binary: true }>['encoding']): Decoded {
  const head = text.slice(0, 8000);
  const controls = (head.match(CONTROL) ?? []).length;
  if (head.includes('\u0000') || controls > head.length / 100) return { binary: true };
  return { text, encoding };
}
