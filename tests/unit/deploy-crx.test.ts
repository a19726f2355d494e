// Self-hosting: the CRX3 package is parsed back field by field and its signature verified; the update
// manifest is checked with xmllint; `npm run package` refuses a key that would sign under another id.
import { DOMParser } from '@xmldom/xmldom';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeManifest } from '../../manifest.config.ts';
import { crx3, extensionId, publicKeyDer, readPrivateKey } from '../../src/cli/deploy/crx.ts';
import { updateManifest } from '../../src/cli/deploy/update-manifest.ts';
import { CHROME_ID } from '../../src/core/extension-ids.ts';

const tmp = mkdtempSync(join(tmpdir(), 'postpause-crx-'));
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

/** The id Chrome gives a public key: SHA-256 of its DER form, the first 32 hex digits written a to p. */
const idOf = (spki: Buffer) => [...createHash('sha256').update(spki).digest('hex').slice(0, 32)].map((d) => 'abcdefghijklmnop'[parseInt(d, 16)]).join('');

/** A minimal protobuf reader: the length-delimited fields of a message, by number. */
function fields(message: Buffer): Map<number, Buffer[]> {
  const found = new Map<number, Buffer[]>();
  let at = 0;
  const varint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = message[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < message.length) {
    const key = varint();
    expect(key & 7, 'only length-delimited fields').toBe(2);
    const length = varint();
    const number = Math.floor(key / 8);
    found.set(number, [...(found.get(number) ?? []), message.subarray(at, at + length)]);
    at += length;
  }
  expect(at).toBe(message.length);
  return found;
}

describe('CRX3', () => {
  const zip = Buffer.from('PK\x03\x04 a zip of dist/chrome, as far as the container is concerned', 'latin1');
  const crx = crx3(zip, readPrivateKey(pem));

  it('is "Cr24", version 3, the header length, a CrxFileHeader, then the zip', () => {
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const headerLength = crx.readUInt32LE(8);
    expect(crx.subarray(12 + headerLength)).toEqual(zip);
    const header = fields(crx.subarray(12, 12 + headerLength));
    expect([...header.keys()]).toEqual([2, 10000]);
  });

  it('carries the public key and a valid SHA-256 RSA signature over the signed data and the zip', () => {
    const header = fields(crx.subarray(12, 12 + crx.readUInt32LE(8)));
    const [proof] = header.get(2)!;
    const [signedData] = header.get(10000)!;
    const [key] = fields(proof!).get(1)!;
    const [signature] = fields(proof!).get(2)!;
    expect(key).toEqual(createPublicKey(privateKey).export({ type: 'spki', format: 'der' }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(signedData!.length);
    const signed = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'latin1'), length, signedData!, zip]);
    expect(verify('sha256', signed, createPublicKey(privateKey), signature!)).toBe(true);
    expect(verify('sha256', Buffer.concat([signed, Buffer.from('x')]), createPublicKey(privateKey), signature!)).toBe(false);
  });

  it("names, in the signed data, the id of the signing key, and that is the id extensionId() derives", () => {
    const header = fields(crx.subarray(12, 12 + crx.readUInt32LE(8)));
    const [crxId] = fields(header.get(10000)![0]!).get(1)!;
    const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
    expect(crxId!.toString('hex')).toBe(createHash('sha256').update(spki).digest('hex').slice(0, 32));
    expect(extensionId(publicKeyDer(readPrivateKey(pem)))).toBe(idOf(spki));
    // The derivation gives Chrome's id for the manifest's fixed key.
    expect(extensionId(Buffer.from(chromeManifest.key, 'base64'))).toBe(CHROME_ID);
  });

  it('refuses a key that is not an RSA private key', () => {
    expect(() => readPrivateKey('not a key')).toThrow();
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    expect(() => readPrivateKey(ec)).toThrow('an RSA private key is needed, not ec');
  });
});

describe('update manifest', () => {
  it('is gupdate XML with the id, the version and where the CRX is (xmllint, and parsed back)', () => {
    const xml = updateManifest({ appId: CHROME_ID, version: '1.2.3', codebase: 'https://intranet.example/pp/postpause-1.2.3.crx?a=1&b=2' });
    const path = join(tmp, 'updates.xml');
    writeFileSync(path, xml);
    try {
      execFileSync('xmllint', ['--noout', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      throw new Error((error as NodeJS.ErrnoException).code === 'ENOENT' ? "xmllint is missing: install Debian's libxml2-utils (.ci/run does)" : String((error as { stderr?: Buffer }).stderr), { cause: error });
    }
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const root = doc.documentElement!;
    expect([root.namespaceURI, root.localName, root.getAttribute('protocol')]).toEqual(['http://www.google.com/update2/response', 'gupdate', '2.0']);
    const app = root.getElementsByTagName('app')[0]!;
    const check = app.getElementsByTagName('updatecheck')[0]!;
    expect([app.getAttribute('appid'), check.getAttribute('version'), check.getAttribute('codebase')]).toEqual([CHROME_ID, '1.2.3', 'https://intranet.example/pp/postpause-1.2.3.crx?a=1&b=2']);
  });
});

describe('npm run package --key', () => {
  const runPackage = (...args: string[]) => spawnSync(process.execPath, ['scripts/package.mjs', ...args], { encoding: 'utf8' });

  it('refuses, before building anything, a key of another id, an unreadable key, and a missing --base-url', () => {
    const keyFile = join(tmp, 'other.pem');
    writeFileSync(keyFile, pem);
    const otherId = runPackage('--key', keyFile, '--base-url', 'https://intranet.example/pp/');
    expect(otherId.status).toBe(2);
    expect(otherId.stderr).toContain(`is the key of the extension id ${idOf(createPublicKey(privateKey).export({ type: 'spki', format: 'der' }))}, not of PostPause's fixed id ${CHROME_ID}`);
    expect(runPackage('--key', join(tmp, 'missing.pem'), '--base-url', 'https://intranet.example/pp/').stderr).toContain('missing.pem: cannot be read');
    expect(runPackage('--key', keyFile).stderr).toContain('--base-url URL is needed with --key');
    expect(otherId.stdout).toBe('');
  });
});
