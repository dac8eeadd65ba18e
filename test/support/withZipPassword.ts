/**
 * A zip's bytes with every entry marked as protected by a password, as a zip tool's headers say it (the data left as it
 * was, which no reader gets to): PKWARE's traditional encryption sets general-purpose flag bit 0 in the local and central
 * headers (zip -P, 7-Zip's ZipCrypto); WinZip's AES (`aes`, 7-Zip's AES-256) sets it too and writes method 99.
 */
export function withZipPassword(zip: Uint8Array, aes = false): Uint8Array {
  const b = Uint8Array.from(zip);
  const u32 = (o: number): number => ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0;
  for (let i = 0; i + 4 <= b.length; i++) {
    const at = u32(i) === 0x04034b50 ? i + 6 : u32(i) === 0x02014b50 ? i + 8 : -1;
    if (at < 0) continue;
    b[at] = (b[at] ?? 0) | 1;
    if (aes) [b[at + 2], b[at + 3]] = [99, 0];
  }
  return b;
}
