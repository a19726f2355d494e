/**
 * A CRX3 package, the file Chrome and Edge install a self-hosted extension from: "Cr24", version 3, the
 * header's length and the header (a CrxFileHeader protobuf: the RSA public key with its SHA-256 signature,
 * and the signed data naming the extension id), then the zip. From Chromium's crx3.proto and
 * crx_verifier.cc; written here because the npm packages for it need Node 22 (crx3 2) or make a new key
 * when the given key file is missing (crx3 1), which would sign under another id.
 */
import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';

const MAGIC = 'Cr24';
const SIGNATURE_CONTEXT = 'CRX3 SignedData\x00';

/** CrxFileHeader and SignedData field numbers. */
const FIELD = { sha256WithRsa: 2, signedHeaderData: 10000, publicKey: 1, signature: 2, crxId: 1 };

function varint(n: number): Buffer {
  const bytes: number[] = [];
  for (; n > 0x7f; n = Math.floor(n / 128)) bytes.push((n & 0x7f) | 0x80);
  bytes.push(n);
  return Buffer.from(bytes);
}

/** A length-delimited protobuf field (wire type 2). */
const field = (number: number, bytes: Uint8Array) => Buffer.concat([varint(number * 8 + 2), varint(bytes.length), bytes]);

const uint32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

/** The public key as the CRX and the manifest `key` carry it: DER SubjectPublicKeyInfo. */
export const publicKeyDer = (key: KeyObject) => createPublicKey(key).export({ type: 'spki', format: 'der' });

/** The crx id: the first 16 bytes of the key's SHA-256. */
const crxId = (spki: Uint8Array) => createHash('sha256').update(spki).digest().subarray(0, 16);

/** The extension id: the crx id's hex digits written a to p. */
export const extensionId = (spki: Uint8Array) => [...crxId(spki).toString('hex')].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');

/** What the signature covers: the context, the signed data's length and the data, then the zip. */
const signedBytes = (signedData: Uint8Array, zip: Uint8Array) => Buffer.concat([Buffer.from(SIGNATURE_CONTEXT, 'latin1'), uint32(signedData.length), signedData, zip]);

/** Reads a PEM private key (PKCS#1 or PKCS#8), failing with a message instead of making another one. */
export function readPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'rsa') throw new Error(`an RSA private key is needed, not ${key.asymmetricKeyType}`);
  return key;
}

export function crx3(zip: Uint8Array, privateKey: KeyObject): Buffer {
  const spki = publicKeyDer(privateKey);
  const signedData = field(FIELD.crxId, crxId(spki));
  const signature = sign('sha256', signedBytes(signedData, zip), privateKey);
  const header = Buffer.concat([
    field(FIELD.sha256WithRsa, Buffer.concat([field(FIELD.publicKey, spki), field(FIELD.signature, signature)])),
    field(FIELD.signedHeaderData, signedData),
  ]);
  return Buffer.concat([Buffer.from(MAGIC, 'latin1'), uint32(3), uint32(header.length), header, zip]);
}
