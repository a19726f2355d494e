// Draws the toolbar icon (two pause bars on a rounded square) as PNGs into public/icons/.
// Run once after changing the design; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size) {
  const px = (x, y) => {
    // Coverage by 4x4 supersampling, for smooth edges at 16 px.
    let bg = 0, bar = 0;
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) {
      const u = (x + (i + 0.5) / 4) / size, v = (y + (j + 0.5) / 4) / size;
      const r = 0.22, dx = Math.max(r - u, 0, u - (1 - r)), dy = Math.max(r - v, 0, v - (1 - r));
      if (dx * dx + dy * dy <= r * r) bg++;
      if (v > 0.28 && v < 0.72 && ((u > 0.3 && u < 0.44) || (u > 0.56 && u < 0.7))) bar++;
    }
    const a = bg / 16, w = bar / 16;
    const mix = (c1, c2) => Math.round(c1 * (1 - w) + c2 * w);
    return [mix(10, 255), mix(102, 255), mix(194, 255), Math.round(a * 255)];
  };
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) row.push(...px(x, y));
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/${size}.png`, icon(size));
console.log('icons written');
