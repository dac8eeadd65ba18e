/**
 * The names (lower case) of the entries in an OLE compound file's directory ([MS-CFB] §2.6),
 * found by following the directory's sector chain through the FAT. Bounded: at most 4,096
 * directory entries and no sector visited twice. A header that does not hold up gives an
 * empty set (the caller then says "encrypted or .xls" without knowing which).
 */
export function cfbStreamNames(b: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u32 = (o: number): number => (o + 4 <= b.length ? view.getUint32(o, true) : 0xffffffff);
  const u16 = (o: number): number => (o + 2 <= b.length ? view.getUint16(o, true) : 0);
  const shift = u16(0x1e);
  if (shift !== 9 && shift !== 12) return names;
  const size = 1 << shift;
  const at = (s: number): number => (s + 1) * size;
  const END = 0xfffffffa; // ENDOFCHAIN and the other markers are ≥ this
  // FAT sector numbers: 109 in the header, the rest in the DIFAT chain
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) { const s = u32(0x4c + i * 4); if (s < END) fatSectors.push(s); }
  const seen = new Set<number>();
  for (let d = u32(0x44); d < END && !seen.has(d) && at(d) < b.length; d = u32(at(d) + size - 4)) {
    seen.add(d);
    for (let i = 0; i < size / 4 - 1; i++) { const s = u32(at(d) + i * 4); if (s < END) fatSectors.push(s); }
  }
  const next = (s: number): number => {
    const perSector = size / 4;
    const fs = fatSectors[Math.floor(s / perSector)];
    return fs === undefined ? 0xffffffff : u32(at(fs) + (s % perSector) * 4);
  };
  const visited = new Set<number>();
  for (let s = u32(0x30); s < END && !visited.has(s) && at(s) < b.length && names.size < 4096; s = next(s)) {
    visited.add(s);
    for (let e = at(s); e + 128 <= at(s) + size && e + 128 <= b.length; e += 128) {
      const len = Math.min(u16(e + 64), 64);
      if (len < 2 || b[e + 66] === 0) continue;
      let name = "";
      for (let i = 0; i + 1 < len - 1; i += 2) name += String.fromCharCode(u16(e + i));
      names.add(name.toLowerCase());
    }
  }
  return names;
}
