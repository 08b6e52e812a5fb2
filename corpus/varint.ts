/**
 * Unsigned LEB128 varints with zigzag for signed values: small numbers in one byte, which is what
 * makes the packed index's stem ids (ranked by frequency, gaps within a line) and its line table
 * (offsets relative to the sentence) small before compression and smaller after.
 */
import { CorpusError } from './errors';

export class VarintWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  /** A whole number in [-2^31, 2^31), zigzagged so that small negative numbers stay short too. */
  signed(value: number): void {
    this.unsigned(((value << 1) ^ (value >> 31)) >>> 0);
  }

  /** A whole number in [0, 2^32). */
  unsigned(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  done(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/**
 * Every varint in `bytes`, in one tight pass (the packed index holds millions): exactly `count`
 * of them, or the file is corrupt. Zigzagged values are undone with `unzigzag`.
 */
export function readVarints(bytes: Uint8Array, count: number, what: string): Uint32Array {
  const out = new Uint32Array(count);
  let at = 0;
  const end = bytes.length;
  for (let n = 0; n < count; n++) {
    if (at >= end) throw corrupt(what);
    let byte = bytes[at++]!;
    if (byte < 0x80) {
      out[n] = byte;
      continue;
    }
    // Small integers while the value fits 28 bits; a fifth byte is added as a double.
    let value = byte & 0x7f;
    let shift = 7;
    for (;;) {
      if (at >= end) throw corrupt(what);
      byte = bytes[at++]!;
      if (shift === 28) {
        if (byte > 0x0f) throw corrupt(what);
        value += byte * 0x10000000;
        break;
      }
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    out[n] = value;
  }
  if (at !== end) throw corrupt(what);
  return out;
}

export function unzigzag(v: number): number {
  return (v >>> 1) ^ -(v & 1);
}

function corrupt(what: string): CorpusError {
  return new CorpusError(`The packed corpus is cut short or corrupt (${what}).`);
}
