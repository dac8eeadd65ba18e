// JSZip 3.10's own modules (it ships types for its public API only); only what zipOfBytes uses is declared.
declare module "jszip/lib/zipEntries" {
  /** One entry of the central directory, as JSZip's load step gives it to JSZip#file. */
  interface ZipEntry {
    fileNameStr: string;
    fileCommentStr: string;
    decompressed: unknown;
    date: Date;
    dir: boolean;
    unixPermissions: number | null;
    dosPermissions: number | null;
  }
  class ZipEntries {
    constructor(loadOptions: object);
    files: ZipEntry[];
    zipComment: string;
    reader: unknown;
    prepareReader(data: Uint8Array): void;
    load(data: Uint8Array): void;
  }
  export default ZipEntries;
}
declare module "jszip/lib/reader/DataReader" {
  const DataReader: (this: object, data: Uint8Array) => void;
  export default DataReader;
}
declare module "jszip/lib/reader/Uint8ArrayReader" {
  const Uint8ArrayReader: { prototype: object };
  export default Uint8ArrayReader;
}
declare module "jszip/lib/utils" {
  /** a path with `.`, `..` and empty segments resolved, as JSZip names a loaded entry */
  export function resolve(path: string): string;
}
