import type { XmlTag } from "./parseXmlPart";

/**
 * Where the parser is in a SpreadsheetML part, by local names in the SpreadsheetML namespace.
 * An element of another namespace (an extension) is recorded as "" so that nothing inside it
 * matches: <x:c> inside <x:row> is a cell, <c> inside an extension or inside another <c> is not.
 */
export class ElementPath {
  private readonly names: string[] = [];

  /** Enters `tag`; returns its local name ("" when it is not SpreadsheetML). */
  open(tag: XmlTag): string {
    const local = tag.ns === "sml" ? tag.local : "";
    this.names.push(local);
    return local;
  }

  close(): void {
    this.names.pop();
  }

  get depth(): number {
    return this.names.length;
  }

  /** Whether the open elements are exactly `path` (root first), the last one just opened. */
  is(...path: string[]): boolean {
    if (this.names.length !== path.length) return false;
    for (let i = path.length - 1; i >= 0; i--) if (this.names[i] !== path[i]) return false;
    return true;
  }

  /** The local name `up` levels above the current element (0: the current one). */
  at(up: number): string | undefined {
    return this.names[this.names.length - 1 - up];
  }
}
