/**
 * The little of Node's Buffer that src/cli/deploy/ uses, for the standalone editor only (scripts/build-editor.mjs
 * injects it where that code names the global `Buffer`). Goes when the deploy module stops using Buffer.
 */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

type Encoding = 'utf8' | 'utf-8' | 'utf16le' | 'ucs2' | 'latin1' | 'binary' | 'hex';

function encode(text: string, encoding: Encoding = 'utf8'): Uint8Array {
  switch (encoding) {
    case 'utf16le':
    case 'ucs2': {
      const out = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        out[i * 2] = unit & 0xff;
        out[i * 2 + 1] = unit >> 8;
      }
      return out;
    }
    case 'latin1':
    case 'binary':
      return Uint8Array.from({ length: text.length }, (_, i) => text.charCodeAt(i) & 0xff);
    case 'hex':
      return Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16));
    default:
      return new TextEncoder().encode(text);
  }
}

/** Bytes with Node's toString(encoding) and the one writer the deploy code uses; subarray() keeps the class. */
export class Bytes extends Uint8Array {
  writeUInt32LE(value: number, offset = 0): number {
    new DataView(this.buffer, this.byteOffset, this.byteLength).setUint32(offset, value, true);
    return offset + 4;
  }

  override toString(encoding: Encoding = 'utf8'): string {
    if (encoding === 'hex') {
      let out = '';
      for (const b of this) out += HEX[b];
      return out;
    }
    if (encoding === 'latin1' || encoding === 'binary') return String.fromCharCode(...this);
    if (encoding === 'utf16le' || encoding === 'ucs2') {
      let out = '';
      for (let i = 0; i + 1 < this.length; i += 2) out += String.fromCharCode(this[i]! | (this[i + 1]! << 8));
      return out;
    }
    return new TextDecoder().decode(this);
  }
}

const bytesOf = (data: Uint8Array) => new Bytes(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength);

export const Buffer = {
  from(value: string | ArrayLike<number> | ArrayBuffer, encoding?: Encoding): Bytes {
    if (typeof value === 'string') return bytesOf(encode(value, encoding));
    return bytesOf(value instanceof ArrayBuffer ? new Uint8Array(value) : Uint8Array.from(value));
  },
  alloc: (size: number) => new Bytes(size),
  concat(list: readonly Uint8Array[]): Bytes {
    const out = new Bytes(list.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of list) {
      out.set(b, at);
      at += b.length;
    }
    return out;
  },
  byteLength: (text: string, encoding?: Encoding) => encode(text, encoding).length,
  isBuffer: (value: unknown): value is Bytes => value instanceof Bytes,
};
