/**
 * The last few parts of one kind already parsed, by their exact bytes. The county returns of
 * one distribution carry the same styles, workbook and relationships parts byte for byte, so a
 * run over 1,000 of them parses each once (issue 19); a part re-saved by Excel or WPS differs
 * and is parsed on its own. A parse that throws is not kept. Results are shared: callers
 * never change them.
 */
export class PartCache<T> {
  private readonly entries: Array<{ bytes: Uint8Array; context: string; value: T }> = [];

  /** `size`: parts kept; `maxBytes`: a larger part is parsed every time (comparing it would cost as much) */
  constructor(private readonly size = 4, private readonly maxBytes = 64 * 1024) {}

  /** `context`: what else the result depends on (the part a relationships part belongs to) */
  get(bytes: Uint8Array, parse: () => T, context = ""): T {
    if (bytes.length > this.maxBytes) return parse();
    for (const e of this.entries) if (e.context === context && sameBytes(e.bytes, bytes)) return e.value;
    const value = parse();
    // a copy: the part may be a view into the whole file, which must not be kept alive
    this.entries.unshift({ bytes: bytes.slice(), context, value });
    if (this.entries.length > this.size) this.entries.pop();
    return value;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
