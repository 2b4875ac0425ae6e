#!/usr/bin/env node
// Draws the app icon and the tray state icons as PNG files with nothing but node:zlib, so the
// icons are reproducible from this script and no image tool or download is needed.
// Usage: node scripts/generate-icons.mjs   (writes resources/icon.png and resources/tray/*.png)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels (Uint8Array, width*height*4) as a PNG file. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(6, 9); // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function hex(color) {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Renders layers in unit coordinates (0..1 across the image). Each layer is { inside(x, y), color }
 * and later layers paint over earlier ones; 4x4 supersampling gives smooth edges.
 */
function render(size, layers) {
  const px = new Uint8Array(size * size * 4);
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          let cr = 0;
          let cg = 0;
          let cb = 0;
          let ca = 0;
          for (const layer of layers) {
            if (!layer.inside(u, v)) continue;
            [cr, cg, cb] = hex(layer.color);
            ca = 1;
          }
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (y * size + x) * 4;
      const n = S * S;
      px[i] = a ? Math.round(r / a) : 0;
      px[i + 1] = a ? Math.round(g / a) : 0;
      px[i + 2] = a ? Math.round(b / a) : 0;
      px[i + 3] = Math.round((a / n) * 255);
    }
  }
  return encodePng(size, size, px);
}

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const roundedSquare = (m, r) => (x, y) => {
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x <= 1 - m && y >= m && y <= 1 - m;
};
/** An arc of a ring, angles in degrees clockwise from 12 o'clock. */
const arc = (cx, cy, r0, r1, from, to) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  if (d < r0 || d > r1) return false;
  const deg = ((Math.atan2(x - cx, -(y - cy)) * 180) / Math.PI + 360) % 360;
  const a = (((deg - from) % 360) + 360) % 360;
  return a <= (((to - from) % 360) + 360) % 360;
};

// The app icon: a dark rounded square holding a quota gauge, two-thirds burned.
const appIcon = render(512, [
  { inside: roundedSquare(0.04, 0.2), color: '#1f2937' },
  { inside: arc(0.5, 0.54, 0.25, 0.34, 225, 135), color: '#374151' },
  { inside: arc(0.5, 0.54, 0.25, 0.34, 225, 20), color: '#2dd4bf' },
  { inside: circle(0.5, 0.54, 0.085), color: '#f9fafb' },
]);

// Tray icons: a state-coloured dot with a dark rim, readable on light and dark panels.
const TRAY_STATES = {
  idle: { fill: '#22c55e', rim: '#14532d', mark: null },
  active: { fill: '#ef4444', rim: '#7f1d1d', mark: 'dot' },
  error: { fill: '#f59e0b', rim: '#78350f', mark: 'bang' },
};

function trayIcon(size, state) {
  const { fill, rim, mark } = TRAY_STATES[state];
  const layers = [
    { inside: circle(0.5, 0.5, 0.47), color: rim },
    { inside: circle(0.5, 0.5, 0.39), color: fill },
  ];
  if (mark === 'dot') layers.push({ inside: circle(0.5, 0.5, 0.14), color: '#ffffff' });
  if (mark === 'bang') {
    layers.push({ inside: rect(0.43, 0.22, 0.57, 0.58), color: '#ffffff' });
    layers.push({ inside: circle(0.5, 0.72, 0.08), color: '#ffffff' });
  }
  return render(size, layers);
}

function write(relative, bytes) {
  const path = join(root, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  console.log(`wrote ${relative} (${bytes.length} bytes)`);
}

write('resources/icon.png', appIcon);
for (const state of Object.keys(TRAY_STATES)) {
  write(`resources/tray/tray-${state}.png`, trayIcon(16, state));
  write(`resources/tray/tray-${state}@2x.png`, trayIcon(32, state));
}
