const ABC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const INDEX = new Map([...ABC].map((c, i) => [c, i]));

/** Base64 without Buffer or btoa, so the same code runs in Node and in the task pane. */
export function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0, b = bytes[i + 1] ?? 0, c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += ABC[(n >> 18) & 63]! + ABC[(n >> 12) & 63]! + (i + 1 < bytes.length ? ABC[(n >> 6) & 63]! : "=") + (i + 2 < bytes.length ? ABC[n & 63]! : "=");
  }
  return out;
}

export function fromBase64(text: string): Uint8Array | null {
  const t = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((t.length * 3) / 4));
  let bits = 0, acc = 0, j = 0;
  for (const ch of t) {
    const v = INDEX.get(ch);
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 255;
    }
  }
  return out.subarray(0, j);
}
