import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Buffer as Shim, type Bytes } from '../../src/editor/node/buffer.ts';
import { createHash as shimHash } from '../../src/editor/node/crypto.ts';

// The stand-ins for Node's Buffer and createHash('sha1') in the standalone editor (scripts/build-editor.mjs):
// the deploy code must give the same bytes with them as under Node.
describe('the standalone editor\'s stand-ins for Node.js APIs', () => {
  const texts = ['', 'a', 'abc', 'app.postpause.policy.chrome.settings\n{"companyName":"Acme"}', 'ë 🌈 \u0000\r\n', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'w'.repeat(1000)];

  it.each(texts.map((t) => [t.length, t]))('SHA-1 of a text of %i characters is Node\'s', (_, text) => {
    expect(shimHash('sha1').update(text).digest('hex')).toBe(createHash('sha1').update(text).digest('hex'));
    const digest = shimHash('sha1').update(text).digest();
    expect(typeof digest === 'string' ? digest : (digest.subarray(0, 16) as Bytes).toString('hex')).toBe(createHash('sha1').update(text).digest().subarray(0, 16).toString('hex'));
  });

  it.each([['utf16le'], ['utf8'], ['latin1']] as const)('Buffer.from(text, %s) is Node\'s', (encoding) => {
    for (const text of texts) {
      const node = Buffer.from(text, encoding);
      expect([...Shim.from(text, encoding)]).toEqual([...node]);
      expect(Shim.byteLength(text, encoding)).toBe(Buffer.byteLength(text, encoding));
    }
  });

  it('concatenates, allocates and writes as Node does', () => {
    expect([...Shim.concat([Shim.from('ab'), Shim.from([1, 2])])]).toEqual([...Buffer.concat([Buffer.from('ab'), Buffer.from([1, 2])])]);
    const b = Shim.alloc(4);
    b.writeUInt32LE(0x01020304);
    const n = Buffer.alloc(4);
    n.writeUInt32LE(0x01020304);
    expect([...b]).toEqual([...n]);
    expect(Shim.from('ë', 'utf16le').toString('utf16le')).toBe('ë');
  });
});
