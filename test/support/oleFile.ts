/**
 * A minimal OLE compound file ([MS-CFB], 512-byte sectors) holding streams of these names: what the
 * reader tells an Excel 97–2003 .xls by (a `Workbook` stream) or a password-protected .xlsx
 * (`EncryptionInfo`, `EncryptedPackage`): a FAT sector (itself, then the directory's one-sector chain),
 * then the directory sector.
 */
export function oleFile(streams: string[]): Uint8Array {
  const b = new Uint8Array(512 * 3);
  const v = new DataView(b.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((x, i) => { b[i] = x; });
  v.setUint16(0x18, 0x3e, true); v.setUint16(0x1a, 3, true); v.setUint16(0x1c, 0xfffe, true);
  v.setUint16(0x1e, 9, true); v.setUint16(0x20, 6, true);
  v.setUint32(0x2c, 1, true); v.setUint32(0x30, 1, true); v.setUint32(0x38, 4096, true);
  v.setUint32(0x3c, 0xfffffffe, true); v.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  for (let i = 0; i < 128; i++) v.setUint32(512 + i * 4, i === 0 ? 0xfffffffd : i === 1 ? 0xfffffffe : 0xffffffff, true);
  ["Root Entry", ...streams].forEach((name, k) => {
    const e = 1024 + k * 128;
    for (let i = 0; i < name.length; i++) v.setUint16(e + i * 2, name.charCodeAt(i), true);
    v.setUint16(e + 64, (name.length + 1) * 2, true);
    b[e + 66] = k === 0 ? 5 : 2;
  });
  return b;
}
