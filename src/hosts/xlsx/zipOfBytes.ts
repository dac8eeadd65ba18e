import JSZip from "jszip";
import ZipEntries from "jszip/lib/zipEntries";
import DataReader from "jszip/lib/reader/DataReader";
import Uint8ArrayReader from "jszip/lib/reader/Uint8ArrayReader";
import { resolve } from "jszip/lib/utils";

/** How JSZip.loadAsync is asked to read a zip by readXlsxZip (ReadXlsxOptions.loadZip). */
export type LoadZip = (bytes: Uint8Array, options: { decodeFileName: (name: Uint8Array | string[] | string) => string }) => Promise<JSZip> | JSZip;

/**
 * A zip's entries as JSZip.loadAsync(bytes, { checkCRC32: false, decodeFileName }) gives them
 * (its load step, jszip 3.10 lib/load.js, done here with JSZip's own central-directory reading),
 * but read with a reader that skips the pass JSZip's ArrayReader makes over every byte of the
 * file (`data[i] & 0xFF`, which normalises a plain array and changes nothing in a Uint8Array):
 * an eighth of a millisecond for each county return's 53 KB, in a `check` of 1,000 (issue 19).
 * Node only: it reads JSZip's lib/ modules, which are the "jszip" node loads, while the task
 * pane's bundle maps "jszip" to JSZip's dist build (it keeps JSZip.loadAsync). Throws what
 * JSZip's load step throws for a damaged zip.
 */
export const zipOfBytes: LoadZip = (bytes, { decodeFileName }) => {
  // the options JSZip.loadAsync fills in for these
  const entries = new ZipEntries({ base64: false, checkCRC32: false, optimizedBinaryString: false, createFolders: false, decodeFileName });
  entries.prepareReader = (data) => {
    // a Uint8ArrayReader made without its constructor's pass (DataReader's fields only)
    const reader = Object.create(Uint8ArrayReader.prototype) as object;
    DataReader.call(reader, data);
    entries.reader = reader;
  };
  entries.load(bytes);
  const zip = new JSZip();
  for (const input of entries.files) {
    const name = resolve(input.fileNameStr);
    // JSZip#file takes JSZip's own compressed object (not in its typings)
    zip.file(name, input.decompressed as Uint8Array, {
      binary: true, optimizedBinaryString: true, date: input.date, dir: input.dir,
      comment: input.fileCommentStr.length ? input.fileCommentStr : null,
      unixPermissions: input.unixPermissions, dosPermissions: input.dosPermissions, createFolders: false,
    } as JSZip.JSZipFileOptions);
    if (!input.dir) (zip.file(name) as JSZip.JSZipObject & { unsafeOriginalName?: string }).unsafeOriginalName = input.fileNameStr;
  }
  if (entries.zipComment.length) (zip as JSZip & { comment?: string }).comment = entries.zipComment;
  return zip;
};
