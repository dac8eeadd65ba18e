import type { ElementPath } from "./ElementPath";
import { cellString } from "./cellString";

/**
 * The text of a string item (<si> in the shared strings, <is> in a cell): its <t>, or the <t>
 * of each rich-text run <r>. Phonetic runs (<rPh>, 拼音指南 and furigana an IME adds) and
 * <phoneticPr> are not part of the text. `base` is the depth of the <si> or <is> element.
 */
export class StringItemText {
  private raw = "";
  private inText = false;

  /** the item's text, Excel's _xHHHH_ escapes undone and CR LF read as LF (cellString) */
  get text(): string {
    return cellString(this.raw);
  }

  constructor(private readonly path: ElementPath, private readonly base: number) {}

  open(local: string): void {
    const d = this.path.depth - this.base;
    this.inText = local === "t" && (d === 1 || (d === 2 && this.path.at(1) === "r"));
  }

  close(): void {
    this.inText = false;
  }

  /** `read` gives the piece of text (decoded only when it is a <t> of the item) */
  add(read: () => string): void {
    if (this.inText) this.raw += read();
  }
}
