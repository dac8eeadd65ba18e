#!/usr/bin/env node
/*
 * Generates the add-in icons (assets/icon-16.png … icon-80.png) without any
 * image library: the picture is rasterised here and encoded as an RGBA PNG
 * with zlib.  Run:  node scripts/make-icons.js   (idempotent, deterministic)
 *
 * Pictures: an Office-blue (#0f6cbd) rounded square with a white mark. The add-in's
 * own icon (icon-16 … icon-80) is a filled-in return, checked; each ribbon button has
 * its own mark (icon-<button>-16/32/80, see GLYPHS).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
/** Ribbon buttons each have their own picture, at the sizes the manifest's <Icon> needs. */
const BUTTONS = ["load", "check", "summary", "evaluation", "review"];
const BUTTON_SIZES = [16, 32, 80];
const OUT_DIR = path.resolve(__dirname, "..", "assets");
const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4;

// ---------- PNG encoding ----------
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([len, typeAndData, crc]);
}

/** @param {number} size @param {Uint8Array} rgba size*size*4 bytes */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); // width
  ihdr.writeUInt32BE(size, 4); // height
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------- geometry (unit square coordinates 0..1) ----------
function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Is (x, y) within `w` of any of the segments [[ax, ay, bx, by], …]? */
function onStroke(x, y, segments, w) {
  return segments.some(([ax, ay, bx, by]) => distToSegment(x, y, ax, ay, bx, by) <= w);
}

function inRect(x, y, x0, y0, x1, y1) {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/**
 * The white mark of each picture, as a test (x, y, small) → boolean; `small` is the 16 px
 * size, where marks are bolder and simpler. One picture per ribbon button, so that the
 * buttons are told apart at a glance (issue 16.7); `app` is the add-in's own icon.
 */
const GLYPHS = {
  // a filled-in return, checked: form lines and a check mark
  app(x, y, small) {
    const stroke = small ? 0.085 : 0.06;
    if (onStroke(x, y, [[0.24, 0.55, 0.42, 0.73], [0.42, 0.73, 0.78, 0.3]], stroke)) return true;
    if (small) return false;
    return [0.2, 0.32].some((ry) => inRect(x, y, 0.2, ry - 0.035, 0.56, ry + 0.035));
  },
  // 加载模板: a sheet (grid) with a plus, "add the return's sheet"
  load(x, y, small) {
    const w = small ? 0.07 : 0.045;
    const frame = [[0.18, 0.2, 0.62, 0.2], [0.18, 0.2, 0.18, 0.8], [0.18, 0.8, 0.5, 0.8], [0.62, 0.2, 0.62, 0.5]];
    const grid = small ? [[0.18, 0.42, 0.62, 0.42]] : [[0.18, 0.4, 0.62, 0.4], [0.18, 0.6, 0.5, 0.6], [0.4, 0.2, 0.4, 0.8]];
    const plus = [[0.72, 0.56, 0.72, 0.88], [0.56, 0.72, 0.88, 0.72]];
    return onStroke(x, y, [...frame, ...grid], w) || onStroke(x, y, plus, small ? 0.08 : 0.06);
  },
  // 校验: a bold check mark
  check(x, y, small) {
    return onStroke(x, y, [[0.2, 0.52, 0.41, 0.74], [0.41, 0.74, 0.8, 0.28]], small ? 0.095 : 0.075);
  },
  // 生成汇总: three bars on a base line (the summary's chart)
  summary(x, y, small) {
    const base = inRect(x, y, 0.16, 0.78, 0.84, small ? 0.86 : 0.83);
    const bars = [[0.22, 0.5], [0.44, 0.28], [0.66, 0.42]].some(([x0, top]) => inRect(x, y, x0, top, x0 + 0.14, 0.78));
    return base || bars;
  },
  // 生成评估: a rising trend line with an arrow head (progress forecast to the target year)
  evaluation(x, y, small) {
    const w = small ? 0.075 : 0.055;
    const line = [[0.18, 0.74, 0.4, 0.52], [0.4, 0.52, 0.54, 0.64], [0.54, 0.64, 0.8, 0.3]];
    const head = [[0.8, 0.3, 0.58, 0.3], [0.8, 0.3, 0.8, 0.52]];
    return onStroke(x, y, [...line, ...head], w);
  },
  // 生成审核表: a magnifying glass over a line (the reviewer looks at each flagged item)
  review(x, y, small) {
    const w = small ? 0.075 : 0.055;
    const d = Math.hypot(x - 0.42, y - 0.42);
    const ring = Math.abs(d - 0.2) <= w;
    return ring || onStroke(x, y, [[0.57, 0.57, 0.8, 0.8]], small ? 0.095 : 0.08);
  },
};

/** Returns [r,g,b] for one sample point of picture `glyph`, or null if transparent. */
function sample(x, y, size, glyph = "app") {
  if (!insideRoundedRect(x, y, 0, 0, 1, 1, 0.18)) return null;
  return GLYPHS[glyph](x, y, size <= 16) ? WHITE : BLUE;
}

function render(size, glyph = "app") {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, size, glyph);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((a / (n * n)) * 255);
      }
    }
  }
  return rgba;
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const write = (name, size, glyph) => {
    const file = path.join(OUT_DIR, name);
    fs.writeFileSync(file, encodePng(size, render(size, glyph)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  };
  for (const size of SIZES) write(`icon-${size}.png`, size, "app");
  for (const glyph of BUTTONS) for (const size of BUTTON_SIZES) write(`icon-${glyph}-${size}.png`, size, glyph);
}

if (require.main === module) main();

module.exports = { encodePng, render, SIZES, BUTTONS, BUTTON_SIZES };
