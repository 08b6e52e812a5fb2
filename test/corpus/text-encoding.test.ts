import { describe, expect, it } from 'vitest';
import { decodeText } from '../../corpus/text-encoding';

const sample = '“Crimea will stay with Russia,” Trump said. Café, naïve — 20 per cent.';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decoding a file’s text', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode(sample);
    expect(decodeText(utf8)).toEqual({ text: sample, encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('reads UTF-16 by its byte-order mark, either byte order', () => {
    expect(decodeText(utf16(sample, true))).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodeText(utf16(sample, false))).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('reads 8-bit text that is not UTF-8 as Windows-1252 (Latin-1 and its curly quotes)', () => {
    const latin1 = Uint8Array.from([0x93, ...new TextEncoder().encode('Caf'), 0xe9, 0x94, 0x20, 0x61]);
    expect(decodeText(latin1)).toEqual({ text: '“Café” a', encoding: 'windows-1252' });
  });

  it('refuses binary content', () => {
    expect(decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))).toEqual({ binary: true });
    expect(decodeText(Uint8Array.from({ length: 400 }, (_, n) => (n * 7) % 32))).toEqual({ binary: true });
  });
});
